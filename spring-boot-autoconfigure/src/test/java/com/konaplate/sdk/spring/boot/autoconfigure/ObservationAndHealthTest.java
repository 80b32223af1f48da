package com.konaplate.sdk.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.micrometer.KonaplateObservationListener;
import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.spring.boot.autoconfigure.health.KonaplateHealthAutoConfiguration;
import com.konaplate.sdk.spring.boot.autoconfigure.health.KonaplateHealthIndicator;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Observations when a registry exists; the health indicator only when asked for. */
class ObservationAndHealthTest {
  private static KonaplateSandbox sandbox;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(KonaplateAutoConfiguration.class,
          KonaplateObservationAutoConfiguration.class, KonaplateHealthAutoConfiguration.class))
      .withPropertyValues("konaplate.base-url=" + sandbox.baseUrl(),
          "konaplate.asp-id=" + sandbox.credentials().aspId(),
          "konaplate.access-key=" + sandbox.credentials().accessKey(),
          "konaplate.secret-key=" + sandbox.credentials().secretKey(),
          "konaplate.retry.base-delay=1ms", "konaplate.retry.max-delay=1ms");

  @BeforeAll
  static void start() {
    sandbox = KonaplateSandbox.builder().withoutCryptoKey().start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  @Test
  void withAnObservationRegistry_everyCallIsAnObservation() {
    runner.withUserConfiguration(Registry.class).run(context -> {
      assertThat(context).hasSingleBean(KonaplateObservationListener.class);
      DocumentedCase c = DocumentedCase.SUCCESS;
      context.getBean(KonaplateClient.class).cards().terminate(c.userId(), c.par());
      List<Observation.Context> stopped = context.getBean(Registry.class).stopped;
      assertThat(stopped).hasSize(1);
      assertThat(stopped.get(0).getName()).isEqualTo("konaplate.client.call");
      assertThat(stopped.get(0).getLowCardinalityKeyValue("konaplate.outcome").getValue())
          .isEqualTo("success");
    });
  }

  @Test
  void withoutAnObservationRegistry_thereIsNoObservationListener() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(KonaplateClient.class);
      assertThat(context).doesNotHaveBean(KonaplateObservationListener.class);
    });
  }

  @Test
  void withoutKonaplateSdkMicrometer_thereIsNoObservationListener_andTheClientStillWorks() {
    runner.withUserConfiguration(Registry.class)
        .withClassLoader(new FilteredClassLoader(KonaplateObservationListener.class))
        .run(context -> {
          assertThat(context).doesNotHaveBean(KonaplateObservationListener.class);
          assertThat(context).hasSingleBean(KonaplateClient.class);
        });
  }

  @Test
  void theHealthIndicator_isOffByDefault() {
    runner.run(context -> assertThat(context).doesNotHaveBean(KonaplateHealthIndicator.class));
  }

  @Test
  void theHealthIndicator_reportsRecentOutcomes_withoutCallingKonaplate() {
    runner.withPropertyValues("konaplate.health.enabled=true").run(context -> {
      KonaplateClient client = context.getBean(KonaplateClient.class);
      DocumentedCase ok = DocumentedCase.SUCCESS;
      DocumentedCase refused = DocumentedCase.BALANCE_LEFT;
      client.cards().terminate(ok.userId(), ok.par());
      try {
        client.cards().terminate(refused.userId(), refused.par());
      } catch (KonaplateException expected) {
        // counted as refused
      }
      long requests = sandbox.requestCount();

      Health health = context.getBean(KonaplateHealthIndicator.class).health();

      assertThat(sandbox.requestCount()).isEqualTo(requests);
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("baseUrl", client.baseUrl())
          .containsEntry("encryption", "off")
          .containsEntry("recentCalls", Map.of("success", 1, "refused", 1, "outcome-unknown", 0, "failed", 0,
              "cancelled", 0))
          .containsEntry("consecutiveFailures", 0);
      assertThat(health.getDetails().toString()).doesNotContain(sandbox.credentials().secretKey());
    });
  }

  @Test
  void theHealthIndicator_isDown_afterTheConfiguredFailuresInARow() {
    runner.withPropertyValues("konaplate.health.enabled=true",
        "konaplate.health.down-after-consecutive-failures=2", "konaplate.retry.max-attempts=1")
        .run(context -> {
          KonaplateClient client = context.getBean(KonaplateClient.class);
          sandbox.faults().next(2, Fault.serverError(503));
          for (int i = 0; i < 2; i++) {
            try {
              client.cards().terminate(DocumentedCase.SUCCESS.userId(), DocumentedCase.SUCCESS.par());
            } catch (KonaplateException expected) {
              // a failure
            }
          }
          Health health = context.getBean(KonaplateHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails()).containsEntry("consecutiveFailures", 2);
        });
  }

  @Configuration(proxyBeanMethods = false)
  static class Registry {
    final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

    @Bean
    ObservationRegistry observationRegistry() {
      ObservationRegistry registry = ObservationRegistry.create();
      registry.observationConfig().observationHandler(new ObservationHandler<>() {
        @Override
        public void onStop(Observation.Context context) {
          stopped.add(context);
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
          return true;
        }
      });
      return registry;
    }
  }
}
