package com.konaplate.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A partner's service that discards members' cards: {@code POST /cards/discard}. The
 * {@code KonaplateClient} comes from konaplate-spring-boot-starter, configured in
 * application.yml; the test runs it against the embedded sandbox.
 */
@SpringBootApplication
public class CardServiceApplication {

  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(CardServiceApplication.class, args);
  }
}
