package com.konaplate.sdk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.crypto.RsaKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone launcher: arguments, banner, and that what it prints works. */
class KonaplateSandboxMainTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void itPrintsTheBaseUrlAndTheCredentials_andServesThem() {
    try (KonaplateSandbox sandbox = KonaplateSandboxMain.start(new String[] {"--port", "0"}, out)) {
      String text = printed();
      assertTrue(text.contains("base URL     " + sandbox.baseUrl()), text);
      assertTrue(text.contains(SandboxCredentials.DEFAULT_ASP_ID));
      assertTrue(text.contains(SandboxCredentials.DEFAULT_ACCESS_KEY));
      assertTrue(text.contains(SandboxCredentials.DEFAULT_SECRET_KEY));
      assertTrue(text.contains("SUCCESS         userId 100000000001  par Q10000000000000000000000101  -> 200 000_000"), text);
      for (DocumentedExample e : DocumentedExample.all()) {
        assertTrue(text.contains(e.operationId() + "/" + e.name()), e + " in " + text);
      }
      assertTrue(text.contains("searchCards/userNotFound"), text);
      assertTrue(text.contains("/api/v1/user/card/info"), text);
      assertTrue(text.contains("crypto key id       " + sandbox.cryptoKey().cryptoKeyId()),
          "the launcher always has a crypto key: " + text);
      assertEquals("000_000", TestHttp.call(TestSigner.terminateRequest(sandbox,
          DocumentedCase.SUCCESS.userId(), DocumentedCase.SUCCESS.par())).code());
    }
  }

  @Test
  void thePortMayBeBare_orWithEquals_andTheBasePathChosen() {
    try (KonaplateSandbox a = KonaplateSandboxMain.start(new String[] {"0"}, out);
        KonaplateSandbox b = KonaplateSandboxMain.start(
            new String[] {"--port=0", "--base-path=/kp"}, out)) {
      assertTrue(a.baseUrl().endsWith("/open-api"));
      assertTrue(b.baseUrl().endsWith("/kp"));
    }
  }

  @Test
  void aFixtureFile_replacesTheDocumentedCases(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("f.json");
    Files.writeString(file, "{\"members\":[{\"userId\":7,\"cards\":[{\"par\":"
        + "\"F00000000000000000000000001\",\"kind\":\"main\"}]}]}");
    try (KonaplateSandbox s = KonaplateSandboxMain.start(
        new String[] {"--port", "0", "--fixture", file.toString()}, out)) {
      assertEquals("000_000", TestHttp.call(TestSigner.terminateRequest(s, 7,
          "F00000000000000000000000001")).code());
      assertTrue(!printed().contains("SUCCESS"));
    }
  }

  @Test
  void help_printsTheUsage_andStartsNothing() {
    assertNull(KonaplateSandboxMain.start(new String[] {"--help"}, out));
    assertTrue(printed().startsWith("usage:"));
  }

  @Test
  void badArguments_areRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> KonaplateSandboxMain.start(new String[] {"--port"}, out));
    assertThrows(IllegalArgumentException.class,
        () -> KonaplateSandboxMain.start(new String[] {"--port", "x"}, out));
    assertThrows(IllegalArgumentException.class,
        () -> KonaplateSandboxMain.start(new String[] {"--verbose"}, out));
    assertThrows(IllegalArgumentException.class,
        () -> KonaplateSandboxMain.start(new String[] {"--fixture", "/no/such/file.json"}, out));
  }

  /** The value after {@code export NAME=} in the banner. */
  private String exported(String name) {
    Matcher m = Pattern.compile("export " + name + "=(\\S+)").matcher(printed());
    assertTrue(m.find(), name + " in " + printed());
    return m.group(1);
  }

  @Test
  void crypto_writesTheKeyFiles_andPrintsTheKeyIdAndPaths_butNoPrivateKey(@TempDir Path dir)
      throws IOException {
    Path keys = dir.resolve("keys");
    try (KonaplateSandbox sandbox = KonaplateSandboxMain.start(
        new String[] {"--port", "0", "--crypto-dir", keys.toString()}, out)) {
      SandboxCryptoKey key = sandbox.cryptoKey();
      String text = printed();
      assertTrue(text.contains("crypto key id       " + key.cryptoKeyId()), text);
      assertEquals(key.cryptoKeyId(), exported("KONAPLATE_CRYPTO_KEY_ID"));
      Path server = Paths.get(exported("KONAPLATE_SERVER_PUBLIC_KEY"));
      Path client = Paths.get(exported("KONAPLATE_CLIENT_PRIVATE_KEY"));
      assertEquals(keys.toAbsolutePath().resolve(KonaplateSandboxMain.SERVER_PUBLIC_KEY_FILE), server);
      assertEquals(keys.toAbsolutePath().resolve(KonaplateSandboxMain.CLIENT_PRIVATE_KEY_FILE), client);

      assertEquals(key.serverPublicKey(), RsaKeys.publicKeyFromFile(server));
      RSAPrivateCrtKey clientKey = (RSAPrivateCrtKey) RsaKeys.privateKeyFromFile(client);
      assertEquals(key.clientPublicKey().getModulus(), clientKey.getModulus());
      assertTrue(Files.readString(client).startsWith("-----BEGIN PRIVATE KEY-----\n"));
      assertTrue(Files.readString(server).startsWith("-----BEGIN PUBLIC KEY-----\n"));
      if (client.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        assertEquals("rw-------",
            PosixFilePermissions.toString(Files.getPosixFilePermissions(client)));
      }

      assertFalse(text.contains("PRIVATE KEY-----"), "no PEM on stdout");
      for (String line : Files.readString(client).split("\n")) {
        if (!line.startsWith("-----")) {
          assertFalse(text.contains(line), "no line of the private key on stdout");
        }
      }
      assertFalse(text.contains(clientKey.getPrivateExponent().toString(16).substring(0, 32)));
    }
  }

  @Test
  void crypto_printsWhatTheSdksEnvironmentConfigurationNeeds(@TempDir Path dir) {
    try (KonaplateSandbox sandbox = KonaplateSandboxMain.start(
        new String[] {"--port", "0", "--crypto-dir", dir.toString()}, out)) {
      Map<String, String> env = new HashMap<>();
      for (String name : new String[] {"KONAPLATE_CRYPTO_KEY_ID", "KONAPLATE_SERVER_PUBLIC_KEY",
          "KONAPLATE_CLIENT_PRIVATE_KEY"}) {
        env.put(name, exported(name));
      }
      env.put("KONAPLATE_ENCRYPT_REQUESTS", "true");
      try (KonaplateClient client = sandbox.clientBuilder().fromEnvironment(env::get).build()) {
        assertEquals("000_000", client.cards().terminate(DocumentedCase.SUCCESS.userId(),
            DocumentedCase.SUCCESS.par()).code());
      }
      RecordedRequest r = sandbox.recordedRequests().get(0);
      assertTrue(r.encrypted());
      assertTrue(r.responseEncrypted());
    }
  }

  @Test
  void crypto_withoutADirectory_writesIntoANewTemporaryOne() throws IOException {
    Path client;
    try (KonaplateSandbox sandbox = KonaplateSandboxMain.start(
        new String[] {"--port", "0", "--crypto"}, out)) {
      client = Paths.get(exported("KONAPLATE_CLIENT_PRIVATE_KEY"));
      assertTrue(Files.isRegularFile(client));
      assertTrue(client.getParent().getFileName().toString().startsWith("konaplate-sandbox-crypto-"));
      assertFalse(sandbox.encryptResponses());
      assertTrue(printed().contains("encrypted when the request is"));
    }
    Path parent = client.getParent();
    Files.delete(client);
    Files.delete(parent.resolve(KonaplateSandboxMain.SERVER_PUBLIC_KEY_FILE));
    Files.delete(parent);
  }

  @Test
  void encryptResponses_impliesCrypto(@TempDir Path dir) {
    try (KonaplateSandbox sandbox = KonaplateSandboxMain.start(new String[] {"--port", "0",
        "--encrypt-responses", "--crypto-dir=" + dir}, out)) {
      assertTrue(sandbox.encryptResponses());
      assertTrue(printed().contains("responses           all encrypted"), printed());
    }
  }

  @Test
  void existingKeyFiles_areNotOverwritten(@TempDir Path dir) throws IOException {
    Path client = dir.resolve(KonaplateSandboxMain.CLIENT_PRIVATE_KEY_FILE);
    Files.writeString(client, "mine");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> KonaplateSandboxMain.start(new String[] {"--port", "0", "--crypto-dir",
            dir.toString()}, out));
    assertTrue(e.getCause().getMessage().contains(KonaplateSandboxMain.CLIENT_PRIVATE_KEY_FILE),
        e.getCause().getMessage());
    assertEquals("mine", Files.readString(client));
    assertFalse(Files.exists(dir.resolve(KonaplateSandboxMain.SERVER_PUBLIC_KEY_FILE)),
        "nothing half written");
  }

  @Test
  void noCrypto_runsWithoutKeys_andSaysSo() {
    try (KonaplateSandbox sandbox = KonaplateSandboxMain.start(
        new String[] {"--port", "0", "--no-crypto"}, out)) {
      assertTrue(sandbox.cryptoKeys().isEmpty());
      assertTrue(printed().contains("990_006"), printed());
      assertFalse(printed().contains("KONAPLATE_CLIENT_PRIVATE_KEY"));
    }
    assertThrows(IllegalArgumentException.class, () -> KonaplateSandboxMain.start(
        new String[] {"--port", "0", "--no-crypto", "--encrypt-responses"}, out));
  }

  @Test
  void badCryptoArguments_areRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> KonaplateSandboxMain.start(new String[] {"--crypto=yes"}, out));
    assertThrows(IllegalArgumentException.class,
        () -> KonaplateSandboxMain.start(new String[] {"--crypto-dir"}, out));
    assertThrows(IllegalArgumentException.class,
        () -> KonaplateSandboxMain.start(new String[] {"--crypto-dir="}, out));
  }
}
