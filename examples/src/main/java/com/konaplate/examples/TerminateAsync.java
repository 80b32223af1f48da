package com.konaplate.examples;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The non-blocking API: every documented case at once, combined with CompletableFuture. */
public final class TerminateAsync {
  private TerminateAsync() {
  }

  /** Runs the example. */
  public static void main(String[] args) {
    try (KonaplateSandbox sandbox = KonaplateSandbox.start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      List<CompletableFuture<String>> calls = new ArrayList<>();
      for (DocumentedCase c : DocumentedCase.values()) {
        calls.add(client.cards().terminateAsync(c.userId(), c.par())
            .thenApply(TerminateCardResult::code)
            .exceptionally(t -> {
              // The SDK's typed exception arrives as the cause of a CompletionException.
              Throwable cause = t instanceof CompletionException ? t.getCause() : t;
              return cause instanceof KonaplateException
                  ? cause.getClass().getSimpleName() + " " + ((KonaplateException) cause).code()
                  : "unexpected " + cause;
            })
            .thenApply(outcome -> c + " -> " + outcome));
      }
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).join();
      calls.forEach(f -> System.out.println(f.join()));
    }
  }
}
