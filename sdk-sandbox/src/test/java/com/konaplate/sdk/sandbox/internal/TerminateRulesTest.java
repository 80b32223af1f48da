package com.konaplate.sdk.sandbox.internal;

import static com.konaplate.sdk.sandbox.internal.EngineFixtures.description;
import static com.konaplate.sdk.sandbox.internal.EngineFixtures.terminate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.DocumentedCase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The business rules of Discarding a Card against the default fixture. */
class TerminateRulesTest {
  private static final String MAIN = "Q10000000000000000000000101";
  private static final String SUB = "Q10000000000000000000000102";
  private static final String PHYSICAL = "Q10000000000000000000000103";
  private static final String PHYSICAL_OF_SUB = "Q10000000000000000000000104";

  private final SandboxEngine engine = EngineFixtures.engine();

  @ParameterizedTest
  @EnumSource(DocumentedCase.class)
  void eachDocumentedCase_answersItsPublishedCodeAndMessage(DocumentedCase c) {
    EngineResponse r = terminate(engine, c.userId(), c.par());
    assertEquals(c.httpStatus(), r.status());
    assertEquals(c.code(), r.code());
    String expected = c == DocumentedCase.INVALID_INPUT ? "Invalid input parameter. par"
        : expectedMessage(c.code());
    assertEquals(expected, description(r));
  }

  private static String expectedMessage(String code) {
    for (Result r : Result.values()) {
      if (r.code.equals(code)) {
        return r.description;
      }
    }
    throw new AssertionError(code);
  }

  @Test
  void publishedMessages_matchTheErrorCatalog() {
    assertEquals("Wallet user not found", Result.USER_NOT_FOUND.description);
    assertEquals("Invalid card info", Result.INVALID_CARD.description);
    assertEquals("Active card has balance", Result.CARD_HAS_BALANCE.description);
    assertEquals("Can not delete basic card", Result.BASIC_CARD.description);
    assertEquals("Cannot delete Sub card directly, Sub Card will be automatically deleted when "
        + "Main card deleted.", Result.SUB_CARD.description);
    assertEquals("Card is married to cardSe. Disconnect before delete.",
        Result.MARRIED_CARD.description);
  }

  @Test
  void terminatingAMainCard_terminatesItsSubCardsAndLinkedPhysicalCards() {
    for (String par : new String[] {MAIN, SUB, PHYSICAL, PHYSICAL_OF_SUB}) {
      assertEquals(CardStatus.ACTIVE, engine.cardStatus(par));
    }
    assertEquals("000_000", terminate(engine, 100000000001L, MAIN).code());
    for (String par : new String[] {MAIN, SUB, PHYSICAL, PHYSICAL_OF_SUB}) {
      assertEquals(CardStatus.TERMINATED, engine.cardStatus(par), par);
    }
    assertEquals(1, engine.terminations(MAIN));
    assertEquals(0, engine.terminations(SUB)); // cascaded, not called
  }

  @Test
  void aTerminatedCard_answersInvalidCardFromThenOn() {
    assertEquals("000_000", terminate(engine, 100000000001L, MAIN).code());
    assertEquals("001_047", terminate(engine, 100000000001L, MAIN).code());
    assertEquals("001_047", terminate(engine, 100000000001L, MAIN).code());
    // A cascaded sub card no longer says "sub card": it is gone.
    assertEquals("001_047", terminate(engine, 100000000001L, SUB).code());
    assertEquals("001_047", terminate(engine, 100000000001L, PHYSICAL).code());
    assertEquals(1, engine.terminations(MAIN));
  }

  @Test
  void aPhysicalCard_canBeTerminatedAlone() {
    assertEquals("000_000", terminate(engine, 100000000001L, PHYSICAL).code());
    assertEquals(CardStatus.TERMINATED, engine.cardStatus(PHYSICAL));
    assertEquals(CardStatus.ACTIVE, engine.cardStatus(MAIN));
  }

  @Test
  void theSubCardCase_succeedsThroughItsMainCard() {
    assertEquals("001_061", terminate(engine, 100000000007L, "Q10000000000000000000000701").code());
    assertEquals("000_000", terminate(engine, 100000000007L, "Q10000000000000000000000702").code());
    assertEquals(CardStatus.TERMINATED, engine.cardStatus("Q10000000000000000000000701"));
  }

  @Test
  void aWithdrawnMember_answersWalletUserNotFound() {
    EngineResponse r = terminate(engine, DocumentedCase.WITHDRAWN_USER_ID,
        DocumentedCase.WITHDRAWN_USER_PAR);
    assertEquals(400, r.status());
    assertEquals("001_006", r.code());
    assertEquals(CardStatus.ACTIVE, engine.cardStatus(DocumentedCase.WITHDRAWN_USER_PAR));
  }

  @Test
  void anotherMembersCard_isInvalidCard() {
    assertEquals("001_047", terminate(engine, 100000000002L, MAIN).code());
    assertEquals(CardStatus.ACTIVE, engine.cardStatus(MAIN));
  }

  @Test
  void anUnknownCard_isInvalidCard() {
    assertEquals("001_047", terminate(engine, 100000000001L, "Q19999999999999999999999999").code());
    assertNull(engine.cardStatus("Q19999999999999999999999999"));
  }

  @Test
  void reset_restoresTheFixtureAndForgetsCountsAndRecords() {
    terminate(engine, 100000000001L, MAIN);
    engine.faults().add(null, 3, com.konaplate.sdk.sandbox.Fault.serverError(503));
    engine.reset();
    assertEquals(CardStatus.ACTIVE, engine.cardStatus(SUB));
    assertEquals(0, engine.terminations(MAIN));
    assertEquals(0, engine.log().total());
    assertEquals(0, engine.faults().pending());
    assertEquals("000_000", terminate(engine, 100000000001L, MAIN).code());
    // Cards terminated in the fixture itself stay terminated.
    assertEquals(CardStatus.TERMINATED, engine.cardStatus("Q10000000000000000000000401"));
  }

  @Test
  void concurrentTerminations_ofOneCard_succeedExactlyOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<String>> calls = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        calls.add(() -> terminate(engine, 100000000001L, MAIN).code());
      }
      int successes = 0;
      for (Future<String> f : pool.invokeAll(calls)) {
        if (f.get().equals("000_000")) {
          successes++;
        } else {
          assertEquals("001_047", f.get());
        }
      }
      assertEquals(1, successes);
      assertEquals(1, engine.terminations(MAIN));
    } finally {
      pool.shutdownNow();
    }
  }
}
