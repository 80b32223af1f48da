package com.konaplate.sdk.sandbox;

import com.konaplate.sdk.spec.OperationDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Key;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a sandbox as a standalone process until it is killed, and prints the base URL and the
 * sandbox-only credentials to give any client.
 *
 * <pre>
 * usage: KonaplateSandboxMain [--port N | N] [--base-path /open-api] [--fixture file.json]
 *                             [--crypto-dir DIR] [--encrypt-responses] [--no-crypto]
 * </pre>
 *
 * <p>It generates a crypto key set (the operations openapi.yaml flags for encryption need one),
 * writes the server public key and the client private key as PEM files (into
 * {@code --crypto-dir}, default a new temporary directory removed at exit) and prints the key
 * id and the file paths, never a private key; {@code --no-crypto} runs without keys. It prints
 * the operations it serves and, with the default fixture, the documented test data of each.
 */
public final class KonaplateSandboxMain {
  /** The file name of the server public key PEM written by {@code --crypto}. */
  static final String SERVER_PUBLIC_KEY_FILE = "konaplate-sandbox-server-public.pem";
  /** The file name of the client private key PEM written by {@code --crypto}. */
  static final String CLIENT_PRIVATE_KEY_FILE = "konaplate-sandbox-client-private.pem";
  static final String USAGE =
      "usage: KonaplateSandboxMain [--port N | N] [--base-path PATH] [--fixture FILE.json]\n"
          + "                            [--crypto-dir DIR] [--encrypt-responses] [--no-crypto]\n"
          + "  --port               port on 127.0.0.1 (default 8080; 0 picks a free one)\n"
          + "  --base-path          base path of the operations (default /open-api)\n"
          + "  --fixture            JSON fixture of members and cards (default: the built-in one)\n"
          + "  --crypto             generate a crypto key set for message encryption (the default),\n"
          + "                       write " + SERVER_PUBLIC_KEY_FILE + " and "
          + CLIENT_PRIVATE_KEY_FILE + "\n"
          + "                       and print the key id\n"
          + "  --crypto-dir         where to write them (default a new temp dir, removed at exit)\n"
          + "  --encrypt-responses  encrypt every response, also to plain requests\n"
          + "  --no-crypto          no crypto key: encrypted operations answer 990_006";
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
    boolean crypto = true;
    boolean noCrypto = false;
    boolean encryptResponses = false;
    Path cryptoDir = null;
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
      } else if (arg.equals("--crypto") && value == null) {
        crypto = true;
      } else if (arg.equals("--crypto-dir")) {
        String dir = value != null ? value : next(args, ++i, arg);
        if (dir.isEmpty()) {
          throw new IllegalArgumentException("--crypto-dir needs a directory");
        }
        cryptoDir = Paths.get(dir);
        crypto = true;
      } else if (arg.equals("--no-crypto") && value == null) {
        noCrypto = true;
      } else if (arg.equals("--encrypt-responses") && value == null) {
        encryptResponses = true;
        crypto = true;
      } else if (!arg.startsWith("-")) {
        builder.port(parsePort(arg));
      } else {
        throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    KeyFiles keyFiles = null;
    if (noCrypto) {
      if (cryptoDir != null || encryptResponses) {
        throw new IllegalArgumentException("--no-crypto contradicts --crypto-dir and"
            + " --encrypt-responses");
      }
      crypto = false;
      builder.withoutCryptoKey();
    } else {
      builder.generatedCryptoKey().encryptResponses(encryptResponses);
    }
    KonaplateSandbox sandbox = builder.start();
    if (crypto) {
      try {
        keyFiles = writeKeyFiles(sandbox.cryptoKey(), cryptoDir);
      } catch (IOException | RuntimeException e) {
        sandbox.close();
        throw new UncheckedIOException("cannot write the crypto key files",
            e instanceof IOException ? (IOException) e : new IOException(e.getMessage(), e));
      }
    }
    printBanner(sandbox, defaultFixture, keyFiles, out);
    return sandbox;
  }

  /** Where {@code --crypto} wrote the key files. */
  static final class KeyFiles {
    final Path serverPublicKey;
    final Path clientPrivateKey;

    KeyFiles(Path serverPublicKey, Path clientPrivateKey) {
      this.serverPublicKey = serverPublicKey;
      this.clientPrivateKey = clientPrivateKey;
    }
  }

  /**
   * Writes the server public key (PEM {@code BEGIN PUBLIC KEY}) and the client private key
   * (PEM {@code BEGIN PRIVATE KEY}, PKCS#8; readable by the owner only where the file system
   * knows POSIX permissions) into {@code dir}, or a new temporary directory when null. An
   * existing key file is not overwritten.
   */
  static KeyFiles writeKeyFiles(SandboxCryptoKey key, Path dir) throws IOException {
    Path target = dir != null ? Files.createDirectories(dir)
        : Files.createTempDirectory("konaplate-sandbox-crypto-");
    Path server = target.resolve(SERVER_PUBLIC_KEY_FILE).toAbsolutePath();
    Path client = target.resolve(CLIENT_PRIVATE_KEY_FILE).toAbsolutePath();
    refuseExisting(server);
    refuseExisting(client);
    if (dir == null) {
      // Our own temporary directory: removed at exit (in reverse order, so files first).
      target.toFile().deleteOnExit();
      server.toFile().deleteOnExit();
      client.toFile().deleteOnExit();
    }
    writeNew(server, pem("PUBLIC KEY", key.serverPublicKey()), false);
    writeNew(client, pem("PRIVATE KEY", key.clientPrivateKey().get()), true);
    return new KeyFiles(server, client);
  }

  private static void refuseExisting(Path file) throws IOException {
    if (Files.exists(file)) {
      throw new FileAlreadyExistsException(file.toString(), null,
          "a key file is there already; choose another --crypto-dir or remove it");
    }
  }

  private static void writeNew(Path file, byte[] content, boolean ownerOnly) throws IOException {
    if (ownerOnly && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> rw = EnumSet.of(PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE);
      Files.createFile(file, PosixFilePermissions.asFileAttribute(rw));
    } else {
      Files.createFile(file);
    }
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      out.write(content);
    }
  }

  /** PEM of a key's standard encoding: X.509 SubjectPublicKeyInfo or PKCS#8. */
  static byte[] pem(String label, Key key) {
    String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded());
    return ("-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n")
        .getBytes(StandardCharsets.US_ASCII);
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
      KeyFiles keyFiles, PrintStream out) {
    SandboxCredentials c = sandbox.credentials();
    out.println("KONA PLATE sandbox running (sandbox-only credentials, safe to share)");
    out.println("  base URL     " + sandbox.baseUrl());
    out.println("  ASP ID       " + c.aspId());
    out.println("  access key   " + c.accessKey());
    out.println("  secret key   " + c.secretKey());
    out.println("  time zones   KST, UTC, GMT, JST; clock skew +/-" + sandbox.clockSkew().getSeconds()
        + " s");
    out.println("  operations   POST " + sandbox.baseUrl() + " + path (openapi.yaml):");
    for (OperationDescriptor op : sandbox.operations()) {
      out.printf("    %-24s %-40s %-10s encrypted request %-3s response %s%n",
          op.operationId(), op.path(), op.retryClass().name().toLowerCase(Locale.ROOT),
          op.encryptRequest() ? "yes" : "no", op.encryptResponse() ? "yes" : "no");
    }
    if (sandbox.cryptoKeys().isEmpty()) {
      out.println("  no crypto key (--no-crypto): the operations flagged for encryption answer"
          + " 990_006");
    }
    if (keyFiles != null) {
      out.println("Message encryption (sandbox-only keys; the private key is in the file, not here):");
      out.println("  crypto key id       " + sandbox.cryptoKey().cryptoKeyId());
      out.println("  server public key   " + keyFiles.serverPublicKey);
      out.println("  client private key  " + keyFiles.clientPrivateKey);
      out.println("  responses           " + (sandbox.encryptResponses()
          ? "all encrypted" : "encrypted when the request is"));
      out.println("  export KONAPLATE_CRYPTO_KEY_ID=" + sandbox.cryptoKey().cryptoKeyId());
      out.println("  export KONAPLATE_SERVER_PUBLIC_KEY=" + keyFiles.serverPublicKey);
      out.println("  export KONAPLATE_CLIENT_PRIVATE_KEY=" + keyFiles.clientPrivateKey);
      out.println("  export KONAPLATE_ENCRYPT_REQUESTS=true   # optional: encrypt every request");
    }
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
    out.println("Documented cases of every operation (openapi.yaml examples; reset between them):");
    for (DocumentedExample e : DocumentedExample.all()) {
      out.printf("  %-45s %s -> %d %s%n", e.operationId() + "/" + e.name(), e.requestJson(),
          e.httpStatus(), e.code());
    }
    out.println("Stop with Ctrl+C.");
    out.flush();
  }
}
