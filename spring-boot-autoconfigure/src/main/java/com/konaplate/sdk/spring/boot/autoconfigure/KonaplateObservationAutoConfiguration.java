package com.konaplate.sdk.spring.boot.autoconfigure;

import com.konaplate.sdk.micrometer.KonaplateObservationConvention;
import com.konaplate.sdk.micrometer.KonaplateObservationListener;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Records a Micrometer Observation per KONA PLATE call when konaplate-sdk-micrometer is on the
 * class path and the context has an {@link ObservationRegistry} (Spring Boot makes one with
 * its actuator or observation module). A {@link KonaplateObservationConvention} bean replaces
 * the default names and keys.
 */
@AutoConfiguration(before = KonaplateAutoConfiguration.class, afterName = {
    // Where each Boot line defines its ObservationRegistry.
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration"})
@ConditionalOnClass({KonaplateObservationListener.class, ObservationRegistry.class})
@ConditionalOnBean(ObservationRegistry.class)
public class KonaplateObservationAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public KonaplateObservationAutoConfiguration() {
  }

  /** The listener, told about calls with every other listener bean. */
  @Bean
  @ConditionalOnMissingBean
  public KonaplateObservationListener konaplateObservationListener(ObservationRegistry registry,
      ObjectProvider<KonaplateObservationConvention> convention) {
    return KonaplateObservationListener.create(registry, convention.getIfAvailable());
  }
}
