package com.konaplate.examples;

import com.konaplate.sdk.CallEvent;
import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.KonaplateListener;
import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import java.time.Duration;

/**
 * A custom retry policy and a listener that reports each retry, against the embedded sandbox
 * told to answer 503 twice before it recovers.
 */
public final class CustomRetryPolicy {
  private CustomRetryPolicy() {
  }

  /** Runs the example. */
  public static void main(String[] args) {
    RetryPolicy policy = RetryPolicy.builder()
        .maxAttempts(5)                       // the first attempt and up to four retries
        .baseDelay(Duration.ofMillis(100))    // full jitter below 100, 200, 400, 800 ms
        .maxDelay(Duration.ofSeconds(2))
        .deadline(Duration.ofSeconds(10))     // all attempts and waits together
        .retryBudget(100)                     // client-wide: an outage cannot multiply load
        .build();
    KonaplateListener printRetries = new KonaplateListener() {
      @Override
      public void retryScheduled(CallEvent e) {
        System.out.println("  attempt " + e.attempt() + " got " + e.reason() + "; retrying in "
            + e.retryDelay().toMillis() + " ms");
      }
    };
    try (KonaplateSandbox sandbox = KonaplateSandbox.start();
        KonaplateClient client = sandbox.clientBuilder().retryPolicy(policy).listener(printRetries).build()) {
      sandbox.faults().next(2, Fault.serverError(503));
      TerminateCardResult r = client.cards().terminate(DocumentedCase.SUCCESS.userId(), DocumentedCase.SUCCESS.par());
      System.out.println(r.code() + " after " + r.attempts() + " attempts in " + r.elapsed().toMillis() + " ms");
    }
  }
}
