package com.konaplate.examples;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import java.io.PrintStream;
import java.util.function.Function;

/**
 * Discards cards with the KONA PLATE SDK.
 *
 * <ul>
 *   <li>{@code TerminateCard} with no arguments and no {@code KONAPLATE_BASE_URL}: starts the
 *       embedded local sandbox and walks the eight documented test cases, printing for each the
 *       call, the outcome and the correlation id. Exits 0 when every case behaved as documented.
 *   <li>{@code TerminateCard <userId> <par>}: discards one card, configured from the environment
 *       ({@code KONAPLATE_BASE_URL}, {@code KONAPLATE_ASP_ID}, {@code KONAPLATE_ACCESS_KEY},
 *       {@code KONAPLATE_SECRET_KEY}, {@code KONAPLATE_TIME_ZONE}) and, for message encryption,
 *       {@code KONAPLATE_CRYPTO_KEY_ID}, {@code KONAPLATE_SERVER_PUBLIC_KEY},
 *       {@code KONAPLATE_CLIENT_PRIVATE_KEY} (PEM text or a file path) and
 *       {@code KONAPLATE_ENCRYPT_REQUESTS}. On success prints the result code and correlation id.
 * </ul>
 *
 * <p>Exit codes: 0 success; 1 the call failed (one line on stderr: exception type and message)
 * or a documented case did not behave as documented; 2 bad usage or configuration.
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
    if (args.length == 0 && isBlank(env.apply("KONAPLATE_BASE_URL"))) {
      return walkDocumentedCases(out, err);
    }
    if (args.length != 2) {
      err.println("usage: TerminateCard <userId> <par>   (or no arguments for the local sandbox demo)");
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

  /** The main job with no credentials: every documented case against the embedded sandbox. */
  private static int walkDocumentedCases(PrintStream out, PrintStream err) {
    int unexpected = 0;
    try (KonaplateSandbox sandbox = KonaplateSandbox.start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      out.println("KONA PLATE local sandbox at " + sandbox.baseUrl() + " (no credentials needed)");
      for (DocumentedCase c : DocumentedCase.values()) {
        String call = String.format("%-14s terminate(%d, %s)", c, c.userId(), mask(c.par()));
        String outcome;
        String correlationId;
        boolean asDocumented;
        try {
          TerminateCardResult r = client.cards().terminate(c.userId(), c.par());
          outcome = r.code() + " " + r.description();
          correlationId = r.correlationId();
          asDocumented = c.exceptionType() == null && c.code().equals(r.code());
        } catch (KonaplateException e) {
          outcome = e.getClass().getSimpleName() + " " + e.code();
          correlationId = e.correlationId();
          asDocumented = c.exceptionType() != null && c.exceptionType() == e.getClass()
              && c.code().equals(e.code());
        }
        out.printf("%s -> %-36s correlationId=%s%s%n", call, outcome, correlationId,
            asDocumented ? "" : "   UNEXPECTED (documented: " + c.code() + ")");
        if (!asDocumented) {
          unexpected++;
        }
      }
      out.println("Card " + mask(DocumentedCase.SUCCESS.par()) + " was discarded "
          + sandbox.terminationCount(DocumentedCase.SUCCESS.par()) + " time(s); its sub card and "
          + "linked physical cards went with it.");
    }
    if (unexpected > 0) {
      err.println(unexpected + " documented case(s) did not behave as documented");
      return 1;
    }
    out.println("All " + DocumentedCase.values().length + " documented cases behaved as documented.");
    return 0;
  }

  /** PARs identify cards: print only their first and last four characters. */
  private static String mask(String par) {
    return par.substring(0, 4) + "****" + par.substring(par.length() - 4);
  }

  private static boolean isBlank(String s) {
    return s == null || s.trim().isEmpty();
  }
}
