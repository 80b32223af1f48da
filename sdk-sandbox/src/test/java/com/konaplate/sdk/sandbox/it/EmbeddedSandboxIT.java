package com.konaplate.sdk.sandbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import org.junit.jupiter.api.BeforeEach;

/** The documented cases against the embedded sandbox and its default fixture. Always runs. */
@KonaplateSandboxTest
class EmbeddedSandboxIT extends DocumentedCasesScenarios {
  private KonaplateSandbox sandbox;
  private KonaplateClient client;

  @BeforeEach
  void inject(KonaplateSandbox sandbox, KonaplateClient client) {
    this.sandbox = sandbox;
    this.client = client;
  }

  @Override
  KonaplateClient client() {
    return client;
  }

  @Override
  long userId(DocumentedCase c) {
    return c.userId();
  }

  @Override
  String par(DocumentedCase c) {
    return c.par();
  }

  @Override
  void afterSuccess(String par) {
    assertEquals(1, sandbox.terminationCount(par));
    // The success card is a main card: its sub card and linked physical cards went with it.
    assertEquals(CardStatus.TERMINATED, sandbox.cardStatus("Q10000000000000000000000102").get());
    assertEquals(CardStatus.TERMINATED, sandbox.cardStatus("Q10000000000000000000000103").get());
  }
}
