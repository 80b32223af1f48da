package com.example.partner;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.TerminateCardResult;
import com.konaplate.sdk.exception.*;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The README quickstart, as a partner would paste it, against a local stub instead of the public
 * sandbox (the only change: {@code baseUrl}). Exits 0 when the call succeeded and the stub saw a
 * correctly signed request; 1 otherwise, naming what went wrong.
 */
public final class Quickstart {
  private Quickstart() {
  }

  public static void main(String[] args) throws Exception {
    int status;
    try (LocalKonaplateStub stub = new LocalKonaplateStub("ASP000000000001",
        System.getenv("KONAPLATE_ACCESS_KEY"), System.getenv("KONAPLATE_SECRET_KEY"))) {
      status = run(stub);
    }
    System.exit(status);
  }

  static int run(LocalKonaplateStub stub) {
    String outcome = null;
    // ---- README quickstart ----
    try (KonaplateClient client = KonaplateClient.builder()
            .baseUrl(stub.baseUrl())                            // README: the public sandbox
            .aspId("ASP000000000001")                           // 15 characters
            .accessKey(System.getenv("KONAPLATE_ACCESS_KEY"))   // 40 characters
            .secretKey(System.getenv("KONAPLATE_SECRET_KEY"))
            .build()) {
        TerminateCardResult r = client.cards().terminate(100000000001L, "Q10000000000000000000000101");
        System.out.println(r.code() + " " + r.correlationId());  // 000_000 261125100203-1a2b3c4
        outcome = r.code();
    } catch (CardHasBalanceException e) {
        // 001_052: refund the balance first
        outcome = "unexpected " + e;
    } catch (KonaplateException e) {
        if (e.outcomeUnknown()) {
            // the card may have been discarded: check its state before acting
        }
        outcome = "unexpected " + e;
    }
    // ---- end of the README quickstart ----

    List<String> problems = stub.problems();
    if (!"000_000".equals(outcome)) {
      problems.add(0, "the call did not succeed: " + outcome);
    }
    if (stub.bodies().size() != 1) {
      problems.add("the stub saw " + stub.bodies().size() + " requests, expected 1");
    } else {
      String body = new String(stub.bodies().get(0), StandardCharsets.UTF_8);
      if (!body.contains("\"userId\":100000000001") || !body.contains("\"par\":\"Q10000000000000000000000101\"")) {
        problems.add("unexpected request body: " + body);
      }
    }
    if (!problems.isEmpty()) {
      System.err.println("QUICKSTART FAILED on Java " + System.getProperty("java.version") + ":");
      for (String p : problems) {
        System.err.println("  " + p);
      }
      return 1;
    }
    System.out.println("QUICKSTART OK on Java " + System.getProperty("java.version")
        + ": signed request with all X-KM headers, success answer read");
    return 0;
  }
}
