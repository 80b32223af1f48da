package com.konaplate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The small example programs run and say what their comments promise. */
@com.konaplate.sdk.sandbox.KonaplateSandboxTest
class ExamplesTest {

  private static String stdoutOf(Runnable program) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void handleErrors_decidesPerExceptionType(KonaplateClient client, KonaplateSandbox sandbox) {
    assertTrue(HandleErrors.discard(client, DocumentedCase.SUCCESS.userId(), DocumentedCase.SUCCESS.par())
        .startsWith("discarded"));
    assertEquals("nothing to discard: the card is unknown or already discarded",
        HandleErrors.discard(client, DocumentedCase.SUCCESS.userId(), DocumentedCase.SUCCESS.par()));
    assertEquals("refund the remaining balance, then retry",
        HandleErrors.discard(client, DocumentedCase.BALANCE_LEFT.userId(), DocumentedCase.BALANCE_LEFT.par()));
    assertEquals("fix the request first: userId must be between 1 and 999999999999999999",
        HandleErrors.discard(client, 0, DocumentedCase.SUCCESS.par()));
    assertEquals(1, sandbox.terminationCount(DocumentedCase.SUCCESS.par()));
  }

  @Test
  void handleErrors_a504AfterTheCardWasDiscarded_isASuccessConfirmedByReadingTheCardList(
      KonaplateClient client, KonaplateSandbox sandbox) {
    String par = DocumentedCase.SUCCESS.par();
    sandbox.faults().forPar(par).next(1, Fault.serverErrorAfterEffect(504));
    String decision = HandleErrors.discard(client, DocumentedCase.SUCCESS.userId(), par);
    assertTrue(decision.startsWith("discarded"), decision);
    assertTrue(decision.contains("confirmed by reading the card list"), decision);
    assertEquals(1, sandbox.terminationCount(par));
  }

  @Test
  void handleErrors_a500BeforeTheEffect_isSettledAndResent_neverARefusal(KonaplateClient client,
      KonaplateSandbox sandbox) {
    String par = DocumentedCase.SUCCESS.par();
    sandbox.faults().forPar(par).next(1, Fault.serverError(500));
    String decision = HandleErrors.discard(client, DocumentedCase.SUCCESS.userId(), par);
    assertTrue(decision.startsWith("discarded"), decision);
    assertEquals(1, sandbox.terminationCount(par));
  }

  @Test
  void handleErrors_500Or504WhenNothingCanTell_isOutcomeUnknown_neverARefusal(
      KonaplateClient client, KonaplateSandbox sandbox) {
    for (int status : new int[] {500, 504}) {
      sandbox.reset();
      String par = DocumentedCase.SUCCESS.par();
      sandbox.faults().forPar(par).next(3, Fault.serverError(status));
      sandbox.faults().forOperation("searchCards").next(12, Fault.serverError(503));
      String decision = HandleErrors.discard(client, DocumentedCase.SUCCESS.userId(), par);
      assertTrue(decision.startsWith("outcome unknown"), status + ": " + decision);
      assertFalse(decision.contains("refused"), decision);
    }
  }

  @Test
  void customRetryPolicy_recoversFromTwo503s() {
    String printed = stdoutOf(() -> CustomRetryPolicy.main(new String[0]));
    assertEquals(2, printed.lines().filter(l -> l.contains("got HTTP 503")).count(), printed);
    assertTrue(printed.contains("000_000 after 3 attempts"), printed);
  }

  @Test
  void terminateAsync_reportsEveryDocumentedOutcome() {
    String printed = stdoutOf(() -> TerminateAsync.main(new String[0]));
    for (DocumentedCase c : DocumentedCase.values()) {
      assertTrue(printed.contains(c + " -> " + (c.exceptionType() == null ? c.code()
          : c.exceptionType().getSimpleName() + " " + c.code())), c + " in:\n" + printed);
    }
  }
}
