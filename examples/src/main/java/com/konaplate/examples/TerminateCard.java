package com.konaplate.examples;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.TerminateCardResult;
import com.konaplate.sdk.exception.KonaplateException;
import java.io.PrintStream;
import java.util.function.Function;

/**
 * Discards one card: {@code TerminateCard <userId> <par>}, configured from the environment
 * ({@code KONAPLATE_BASE_URL}, {@code KONAPLATE_ASP_ID}, {@code KONAPLATE_ACCESS_KEY},
 * {@code KONAPLATE_SECRET_KEY}, {@code KONAPLATE_TIME_ZONE}) and, for message encryption,
 * {@code KONAPLATE_CRYPTO_KEY_ID}, {@code KONAPLATE_SERVER_PUBLIC_KEY},
 * {@code KONAPLATE_CLIENT_PRIVATE_KEY} (PEM text or a file path) and
 * {@code KONAPLATE_ENCRYPT_REQUESTS}.
 *
 * <p>Exit codes: 0 success; 1 the call failed (one line on stderr: exception type and message);
 * 2 bad usage or configuration.
 */
public final class TerminateCard {
  private TerminateCard() {
  }

  /** Runs the example and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System::getenv, System.out, System.err));
  }

  /** Runs the example against the given environment; returns the exit status. */
  static int run(String[] args, Function<String, String> env, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println("usage: TerminateCard <userId> <par>");
      return 2;
    }
    long userId;
    try {
      userId = Long.parseLong(args[0]);
    } catch (NumberFormatException e) {
      err.println("usage: TerminateCard <userId> <par>  (userId must be a number)");
      return 2;
    }
    KonaplateClient client;
    try {
      client = KonaplateClient.builder().fromEnvironment(env).build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("configuration: " + e.getMessage());
      return 2;
    }
    try (KonaplateClient c = client) {
      TerminateCardResult result = c.cards().terminate(userId, args[1]);
      out.println(result.code() + " " + result.description() + " correlationId=" + result.correlationId());
      return 0;
    } catch (KonaplateException e) {
      err.println(e.getClass().getSimpleName() + ": " + e.getMessage());
      return 1;
    }
  }
}
