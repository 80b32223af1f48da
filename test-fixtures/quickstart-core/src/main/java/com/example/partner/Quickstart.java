package com.example.partner;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.exception.*;

/**
 * The README quickstart, as a partner would paste it; the only change is that the base URL and
 * credentials are parameters (the README uses the public sandbox). Compiled against
 * konaplate-sdk-core alone.
 */
public final class Quickstart {
  private Quickstart() {
  }

  /** Runs the quickstart; returns the result code, or what went wrong. */
  public static String run(String baseUrl, String aspId, String accessKey, String secretKey) {
    // ---- README quickstart ----
    try (KonaplateClient client = KonaplateClient.builder()
            .baseUrl(baseUrl)                       // README: the public sandbox (the default)
            .aspId(aspId)                           // 15 characters
            .accessKey(accessKey)                   // 40 characters
            .secretKey(secretKey)
            .build()) {
        TerminateCardResult r = client.cards().terminate(100000000001L, "Q10000000000000000000000101");
        System.out.println(r.code() + " " + r.correlationId());  // 000_000 261125100203-1a2b3c4
        return r.code();
    } catch (CardHasBalanceException e) {
        // 001_052: refund the balance first
        return "unexpected " + e;
    } catch (KonaplateException e) {
        if (e.outcomeUnknown()) {
            // the card may have been discarded: check its state before acting
        }
        return "unexpected " + e;
    }
    // ---- end of the README quickstart ----
  }
}
