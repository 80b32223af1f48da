package com.konaplate.sdk.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a sandbox as a standalone process until it is killed, and prints the base URL and the
 * sandbox-only credentials to give any client.
 *
 * <pre>
 * usage: KonaplateSandboxMain [--port N | N] [--base-path /open-api] [--fixture file.json]
 * </pre>
 */
public final class KonaplateSandboxMain {
  static final String USAGE =
      "usage: KonaplateSandboxMain [--port N | N] [--base-path PATH] [--fixture FILE.json]\n"
          + "  --port       port on 127.0.0.1 (default 8080; 0 picks a free one)\n"
          + "  --base-path  base path of the operations (default /open-api)\n"
          + "  --fixture    JSON fixture of members and cards (default: the built-in one)";
  static final int DEFAULT_PORT = 8080;

  private KonaplateSandboxMain() {
  }

  /** Starts the sandbox and blocks until the process is killed; exits 2 on bad arguments. */
  public static void main(String[] args) throws InterruptedException {
    final KonaplateSandbox sandbox;
    try {
      sandbox = start(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    } catch (UncheckedIOException e) {
      System.err.println(e.getMessage() + ": " + e.getCause().getMessage());
      System.exit(1);
      return;
    }
    if (sandbox == null) {
      return; // --help
    }
    Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
      @Override
      public void run() {
        sandbox.close();
      }
    }, "konaplate-sandbox-shutdown"));
    new CountDownLatch(1).await(); // until killed
  }

  /**
   * Parses the arguments, starts the sandbox and prints how to reach it.
   *
   * @return the running sandbox, or null when only the usage was asked for
   * @throws IllegalArgumentException on bad arguments
   */
  static KonaplateSandbox start(String[] args, PrintStream out) {
    KonaplateSandbox.Builder builder = KonaplateSandbox.builder().port(DEFAULT_PORT);
    boolean defaultFixture = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        value = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      if (arg.equals("--help") || arg.equals("-h")) {
        out.println(USAGE);
        return null;
      } else if (arg.equals("--port")) {
        builder.port(parsePort(value != null ? value : next(args, ++i, arg)));
      } else if (arg.equals("--base-path")) {
        builder.basePath(value != null ? value : next(args, ++i, arg));
      } else if (arg.equals("--fixture")) {
        builder.fixture(readFixture(value != null ? value : next(args, ++i, arg)));
        defaultFixture = false;
      } else if (!arg.startsWith("-")) {
        builder.port(parsePort(arg));
      } else {
        throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    KonaplateSandbox sandbox = builder.start();
    printBanner(sandbox, defaultFixture, out);
    return sandbox;
  }

  private static String next(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int parsePort(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a port: " + s);
    }
  }

  private static SandboxFixture readFixture(String file) {
    try {
      Reader reader = Files.newBufferedReader(Paths.get(file), StandardCharsets.UTF_8);
      return SandboxFixture.fromJson(reader);
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read the fixture " + file + ": " + e.getMessage());
    }
  }

  private static void printBanner(KonaplateSandbox sandbox, boolean defaultFixture,
      PrintStream out) {
    SandboxCredentials c = sandbox.credentials();
    out.println("KONA PLATE sandbox running (sandbox-only credentials, safe to share)");
    out.println("  base URL     " + sandbox.baseUrl());
    out.println("  ASP ID       " + c.aspId());
    out.println("  access key   " + c.accessKey());
    out.println("  secret key   " + c.secretKey());
    out.println("  time zones   KST, UTC, GMT, JST; clock skew +/-" + sandbox.clockSkew().getSeconds()
        + " s");
    out.println("  operation    POST " + sandbox.baseUrl() + "/api/v1/card/terminate");
    if (!defaultFixture) {
      out.println("Stop with Ctrl+C.");
      out.flush();
      return;
    }
    out.println("Documented cases of the default fixture:");
    for (DocumentedCase dc : DocumentedCase.values()) {
      out.printf("  %-15s userId %d  par %s  -> %d %s%n", dc.name(), dc.userId(), dc.par(),
          dc.httpStatus(), dc.code());
    }
    out.printf("  %-15s userId %d  par %s  -> 400 001_006%n", "WITHDRAWN_USER",
        DocumentedCase.WITHDRAWN_USER_ID, DocumentedCase.WITHDRAWN_USER_PAR);
    out.println("Stop with Ctrl+C.");
    out.flush();
  }
}
