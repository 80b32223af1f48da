package com.example.partner;

import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.RecordedRequest;
import com.konaplate.sdk.sandbox.SandboxCredentials;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the quickstart against the local sandbox (test scope, as partners use it). The sandbox
 * verifies every X-KM header and the X-KM-Tran-Token HMAC; exits 0 when the call succeeded and
 * the card was discarded exactly once, 1 otherwise, naming what went wrong.
 */
public final class SmokeRun {
  private static final String PAR = "Q10000000000000000000000101";

  private SmokeRun() {
  }

  public static void main(String[] args) {
    List<String> problems = new ArrayList<String>();
    KonaplateSandbox sandbox = KonaplateSandbox.start();
    try {
      SandboxCredentials c = sandbox.credentials();
      String outcome = Quickstart.run(sandbox.baseUrl(), c.aspId(), c.accessKey(), c.secretKey());
      if (!"000_000".equals(outcome)) {
        problems.add("the call did not succeed: " + outcome);
      }
      if (sandbox.terminationCount(PAR) != 1) {
        problems.add("the sandbox discarded the card " + sandbox.terminationCount(PAR) + " times");
      }
      List<RecordedRequest> requests = sandbox.recordedRequests();
      if (requests.size() != 1) {
        problems.add("the sandbox saw " + requests.size() + " requests, expected 1");
      }
    } finally {
      sandbox.close();
    }
    System.exit(SmokeRunReport.report(problems, "signed request verified by the sandbox, card discarded once"));
  }
}
