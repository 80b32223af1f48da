package com.konaplate.examples.boot;

import com.konaplate.sdk.spring.boot.test.AutoConfigureKonaplateSandbox;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the service on http://localhost:8080 with its client aimed at an embedded sandbox, so it
 * can be tried without credentials (the sandbox is a test dependency, hence src/test):
 *
 * <pre>
 * ./mvnw -q -pl examples-spring-boot -am test-compile exec:java
 * curl -s localhost:8080/cards/discard -H 'Content-Type: application/json' \
 *      -d '{"userId":100000000001,"par":"Q10000000000000000000000101"}'
 * </pre>
 */
public final class LocalCardService {
  private LocalCardService() {
  }

  /** Starts the service and the sandbox; stops both on Ctrl-C. */
  public static void main(String[] args) {
    start(args);
  }

  static ConfigurableApplicationContext start(String... args) {
    return SpringApplication.from(CardServiceApplication::main).with(WithSandbox.class).run(args)
        .getApplicationContext();
  }

  /** Imports the sandbox auto-configuration, as the annotation does for a test. */
  @Configuration(proxyBeanMethods = false)
  @AutoConfigureKonaplateSandbox
  static class WithSandbox {
  }
}
