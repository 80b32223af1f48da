package com.konaplate.sdk.spring.boot.autoconfigure.health;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.spring.boot.autoconfigure.KonaplateAutoConfiguration;
import com.konaplate.sdk.spring.boot.autoconfigure.KonaplateProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The {@code konaplate} health indicator, off by default: on with
 * {@code konaplate.health.enabled=true}, on Spring Boot 4's health module. Needs
 * konaplate-sdk-micrometer for its outcome names (the starter brings it).
 */
@AutoConfiguration(after = KonaplateAutoConfiguration.class)
@ConditionalOnClass(name = {"org.springframework.boot.health.contributor.HealthIndicator",
    "com.konaplate.sdk.micrometer.CallOutcome"})
@ConditionalOnProperty(prefix = "konaplate.health", name = "enabled", havingValue = "true")
public class KonaplateHealthAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public KonaplateHealthAutoConfiguration() {
  }

  /** The listener that remembers recent outcomes. */
  @Bean
  public KonaplateCallStats konaplateCallStats(KonaplateProperties properties) {
    return new KonaplateCallStats(Math.max(1, properties.getHealth().getRecentCalls()));
  }

  /** The indicator, named {@code konaplate} in the health endpoint. */
  @Bean(name = "konaplateHealthIndicator")
  public KonaplateHealthIndicator konaplateHealthIndicator(KonaplateClient client,
      KonaplateCallStats stats, KonaplateProperties properties) {
    return new KonaplateHealthIndicator(client, stats, properties);
  }
}
