package com.example.partner.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.micrometer.KonaplateObservationListener;
import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.spring.boot.test.AutoConfigureKonaplateSandbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The starter on this Spring Boot line: the card is discarded through the embedded sandbox. */
@SpringBootTest(properties = {"konaplate.health.enabled=true", "konaplate.retry.max-attempts=2",
    "konaplate.read-timeout=5s"})
@AutoConfigureKonaplateSandbox
class PartnerApplicationTest {
  @Autowired
  PartnerApplication.CardDiscarder discarder;
  @Autowired
  KonaplateSandbox sandbox;
  @Autowired
  ApplicationContext context;
  @Autowired
  KonaplateClient client;

  @Test
  void discardsACardThroughTheSandbox_withObservations() {
    DocumentedCase c = DocumentedCase.SUCCESS;
    assertEquals("000_000", discarder.discard(c.userId(), c.par()));
    assertEquals(1, sandbox.terminationCount(c.par()));
    assertEquals(1, context.getBeanNamesForType(KonaplateObservationListener.class).length);
    assertEquals(sandbox.baseUrl(), client.baseUrl());
    assertTrue(client.toString().contains("maxAttempts=2"), client.toString());
    // Health: Spring Boot 4's API only; reported, so the README can say what each line gets.
    boolean health = context.containsBean("konaplateHealthIndicator");
    System.out.println("konaplate starter on Spring Boot " + SpringBootVersion.getVersion()
        + ": client OK, observations OK, health indicator " + (health ? "present" : "absent"));
    assertTrue(health || !SpringBootVersion.getVersion().startsWith("4."));
  }
}
