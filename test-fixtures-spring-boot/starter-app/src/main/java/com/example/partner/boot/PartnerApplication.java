package com.example.partner.boot;

import com.konaplate.sdk.KonaplateClient;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/** A partner's application: one service that discards cards with the starter's client. */
@SpringBootApplication
public class PartnerApplication {

  public static void main(String[] args) {
    SpringApplication.run(PartnerApplication.class, args);
  }

  /** The registry Boot's actuator would make; declared here to keep the fixture small. */
  @Bean
  ObservationRegistry observationRegistry() {
    return ObservationRegistry.create();
  }

  @Service
  public static class CardDiscarder {
    private final KonaplateClient client;

    public CardDiscarder(KonaplateClient client) {
      this.client = client;
    }

    public String discard(long userId, String par) {
      return client.cards().terminate(userId, par).code();
    }
  }
}
