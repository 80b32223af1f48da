package com.konaplate.sdk.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.CardHasBalanceException;
import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.spring.boot.test.AutoConfigureKonaplateSandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/** A small application that discards cards, tested as a whole against the embedded sandbox. */
@SpringBootTest(classes = DiscardCardApplicationTest.DiscardCardApplication.class)
@AutoConfigureKonaplateSandbox
class DiscardCardApplicationTest {
  @Autowired
  CardDiscarder discarder;
  @Autowired
  KonaplateSandbox sandbox;
  @Autowired
  KonaplateClient client;

  @BeforeEach
  void freshSandbox() {
    sandbox.reset();
  }

  @Test
  void theApplicationDiscardsACard_throughTheAutoConfiguredClient() {
    DocumentedCase c = DocumentedCase.SUCCESS;

    String correlationId = discarder.discard(c.userId(), c.par());

    assertThat(correlationId).isNotBlank();
    assertThat(sandbox.terminationCount(c.par())).isEqualTo(1);
    assertThat(client.baseUrl()).isEqualTo(sandbox.baseUrl());
  }

  @Test
  void aRefusal_reachesTheApplicationAsItsTypedException() {
    DocumentedCase c = DocumentedCase.BALANCE_LEFT;
    assertThatThrownBy(() -> discarder.discard(c.userId(), c.par()))
        .isInstanceOf(CardHasBalanceException.class);
    assertThat(sandbox.terminationCount(c.par())).isZero();
  }

  /** The application: auto-configuration and one service. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class DiscardCardApplication {
    @Bean
    CardDiscarder cardDiscarder(KonaplateClient client) {
      return new CardDiscarder(client);
    }
  }

  /** Discards a member's card and returns the call's correlation id. */
  @Service
  static class CardDiscarder {
    private final KonaplateClient client;

    CardDiscarder(KonaplateClient client) {
      this.client = client;
    }

    String discard(long userId, String par) {
      return client.cards().terminate(userId, par).correlationId();
    }
  }
}
