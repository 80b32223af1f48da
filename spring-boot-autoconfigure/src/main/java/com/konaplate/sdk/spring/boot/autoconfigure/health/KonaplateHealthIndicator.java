package com.konaplate.sdk.spring.boot.autoconfigure.health;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.micrometer.CallOutcome;
import com.konaplate.sdk.spring.boot.autoconfigure.KonaplateProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the KONA PLATE client from local state only: the client was configured (else the
 * application would not have started), whether encryption keys are loaded, the outcomes of the
 * latest calls and the retry settings. It never calls KONA PLATE, so a health probe cannot
 * spend the partner's rate limit or create traffic. DOWN only when
 * {@code konaplate.health.down-after-consecutive-failures} is set and that many calls in a row
 * failed. Thread-safe.
 */
public final class KonaplateHealthIndicator implements HealthIndicator {
  private final KonaplateClient client;
  private final KonaplateCallStats stats;
  private final KonaplateProperties properties;

  /** Reports on {@code client} with what {@code stats} saw. */
  public KonaplateHealthIndicator(KonaplateClient client, KonaplateCallStats stats,
      KonaplateProperties properties) {
    this.client = client;
    this.stats = stats;
    this.properties = properties;
  }

  @Override
  public Health health() {
    Map<String, Object> recent = new LinkedHashMap<>();
    for (Map.Entry<CallOutcome, Integer> e : stats.recentOutcomes().entrySet()) {
      recent.put(e.getKey().value(), e.getValue());
    }
    int failures = stats.consecutiveFailures();
    int downAfter = properties.getHealth().getDownAfterConsecutiveFailures();
    Health.Builder health = downAfter > 0 && failures >= downAfter ? Health.down() : Health.up();
    return health
        .withDetail("baseUrl", client.baseUrl())
        // The client's toString() is documented to show the configuration without secrets.
        .withDetail("encryption", client.toString().contains("encryption=on") ? "keys loaded" : "off")
        .withDetail("recentCalls", recent)
        .withDetail("consecutiveFailures", failures)
        .withDetail("retriesScheduled", stats.retries())
        .withDetail("retryBudget", properties.getRetry().getBudget())
        .withDetail("maxAttempts", properties.getRetry().getMaxAttempts())
        .build();
  }
}
