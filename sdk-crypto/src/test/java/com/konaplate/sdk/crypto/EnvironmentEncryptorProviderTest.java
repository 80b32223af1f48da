package com.konaplate.sdk.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.crypto.internal.EnvironmentEncryptorProvider;
import com.konaplate.sdk.spi.PayloadEncryptor;
import com.konaplate.sdk.spi.PayloadEncryptorProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Configuration from KONAPLATE_* environment variables, as KonaplateClient.fromEnv() asks. */
class EnvironmentEncryptorProviderTest {
  private static final String KEY_ID = "0123456789abcdef0123456789abcdef";
  private static final byte[] BODY =
      "{\"userId\":1,\"par\":\"Q1000000000000000000000ABCD\"}".getBytes(StandardCharsets.UTF_8);
  private static final JweCodec SERVER = JweCodec.forServer(
      RsaKeys.privateKeyFromPem(TestKeys.fixture("server-key.pem")),
      RsaKeys.publicKeyFromPem(TestKeys.fixture("client-public.pem")));

  private final EnvironmentEncryptorProvider provider = new EnvironmentEncryptorProvider();

  private static Map<String, String> pemEnvironment() {
    Map<String, String> env = new HashMap<>();
    env.put("KONAPLATE_CRYPTO_KEY_ID", KEY_ID);
    env.put("KONAPLATE_SERVER_PUBLIC_KEY", TestKeys.fixture("server-cert.pem"));
    env.put("KONAPLATE_CLIENT_PRIVATE_KEY", TestKeys.fixture("client-pkcs8.pem"));
    return env;
  }

  private static void assertTalksToTheServer(PayloadEncryptor encryptor) {
    assertArrayEquals(BODY, SERVER.decrypt(encryptor.encrypt(BODY)));
    assertArrayEquals(BODY, encryptor.decrypt(SERVER.encrypt(BODY)));
  }

  @Test
  void serviceLoader_findsTheProvider() {
    List<PayloadEncryptorProvider> found = new ArrayList<>();
    ServiceLoader.load(PayloadEncryptorProvider.class).forEach(found::add);

    assertEquals(1, found.size());
    assertTrue(found.get(0) instanceof EnvironmentEncryptorProvider);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void noCryptoKeyId_meansNoEncryption(String blank) {
    Map<String, String> env = pemEnvironment();
    env.put("KONAPLATE_CRYPTO_KEY_ID", blank);

    assertNull(provider.fromEnvironment(env::get));
    assertNull(provider.fromEnvironment(name -> null));
  }

  @Test
  void pemText_configuresEncryptionThatFollowsTheSpec() {
    PayloadEncryptor encryptor = provider.fromEnvironment(pemEnvironment()::get);

    assertEquals(KEY_ID, encryptor.cryptoKeyId());
    assertFalse(encryptor.encryptAllRequests());
    assertTalksToTheServer(encryptor);
  }

  @Test
  void filePaths_configureEncryption_inPemOrDer(@TempDir Path dir) throws Exception {
    Path cert = dir.resolve("server-cert.der");
    Path key = dir.resolve("client key.pem");
    Files.write(cert, TestKeys.fixtureBytes("server-cert.der"));
    Files.write(key, TestKeys.fixtureBytes("client-pkcs1.pem"));
    Map<String, String> env = pemEnvironment();
    env.put("KONAPLATE_SERVER_PUBLIC_KEY", cert.toString());
    env.put("KONAPLATE_CLIENT_PRIVATE_KEY", " " + key + "\n");

    assertTalksToTheServer(provider.fromEnvironment(env::get));
  }

  @Test
  void pemOnOneLineWithEscapedNewlines_isRead() {
    Map<String, String> env = pemEnvironment();
    env.put("KONAPLATE_SERVER_PUBLIC_KEY",
        TestKeys.fixture("server-public.pem").replace("\n", "\\n"));

    assertTalksToTheServer(provider.fromEnvironment(env::get));
  }

  @Test
  void anEncryptedClientKey_opensWithThePasswordVariable() {
    Map<String, String> env = pemEnvironment();
    env.put("KONAPLATE_CLIENT_PRIVATE_KEY", TestKeys.fixture("client-pkcs8-encrypted.pem"));
    env.put("KONAPLATE_CLIENT_PRIVATE_KEY_PASSWORD", TestKeys.FIXTURE_PASSWORD);

    assertTalksToTheServer(provider.fromEnvironment(env::get));
  }

  @Test
  void anEncryptedClientKeyWithoutPassword_namesThePasswordVariable() {
    Map<String, String> env = pemEnvironment();
    env.put("KONAPLATE_CLIENT_PRIVATE_KEY", TestKeys.fixture("client-pkcs8-encrypted.pem"));

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> provider.fromEnvironment(env::get));

    assertTrue(e.getMessage().contains("KONAPLATE_CLIENT_PRIVATE_KEY_PASSWORD"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "TRUE", " True "})
  void encryptRequestsTrue_encryptsAllRequests(String value) {
    Map<String, String> env = pemEnvironment();
    env.put("KONAPLATE_ENCRYPT_REQUESTS", value);

    assertTrue(provider.fromEnvironment(env::get).encryptAllRequests());
  }

  @Test
  void encryptRequestsFalse_followsTheSpec() {
    Map<String, String> env = pemEnvironment();
    env.put("KONAPLATE_ENCRYPT_REQUESTS", "false");

    assertFalse(provider.fromEnvironment(env::get).encryptAllRequests());
  }

  @ParameterizedTest
  @ValueSource(strings = {"KONAPLATE_SERVER_PUBLIC_KEY", "KONAPLATE_CLIENT_PRIVATE_KEY"})
  void aMissingKey_namesTheVariable(String variable) {
    Map<String, String> env = pemEnvironment();
    env.remove(variable);

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> provider.fromEnvironment(env::get));

    assertEquals(variable + " is required when KONAPLATE_CRYPTO_KEY_ID is set", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"KONAPLATE_SERVER_PUBLIC_KEY", "KONAPLATE_CLIENT_PRIVATE_KEY"})
  void aValueThatIsNeitherPemNorAFile_namesTheVariableWithoutEchoingIt(String variable) {
    Map<String, String> env = pemEnvironment();
    env.put(variable, "s3cr3t-value-that-is-no-key");

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> provider.fromEnvironment(env::get));

    assertTrue(e.getMessage().startsWith(variable + " is neither PEM text"), e.getMessage());
    Hygiene.assertNoSecrets(e, List.of("s3cr3t"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"KONAPLATE_SERVER_PUBLIC_KEY", "KONAPLATE_CLIENT_PRIVATE_KEY"})
  void aMalformedKey_namesTheVariableAndFormatsWithoutEchoingIt(String variable) {
    Map<String, String> env = pemEnvironment();
    // A private key where the public key belongs and a certificate where the private key does.
    String swapped = variable.contains("SERVER")
        ? TestKeys.fixture("client-pkcs8.pem") : TestKeys.fixture("server-cert.pem");
    env.put(variable, swapped);

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> provider.fromEnvironment(env::get));

    assertTrue(e.getMessage().startsWith("Cannot read " + variable + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("expected"), e.getMessage());
    Hygiene.assertNoSecrets(e, TestKeys.pemLines(swapped));
  }

  @Test
  void aWeakKey_isRefusedNamingTheVariable() {
    Map<String, String> env = pemEnvironment();
    env.put("KONAPLATE_CLIENT_PRIVATE_KEY", TestKeys.fixture("rsa1024-key.pem"));

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> provider.fromEnvironment(env::get));

    assertEquals("KONAPLATE_CLIENT_PRIVATE_KEY: RSA key of at least 2048 bits required, got 1024"
        + " bits", e.getMessage());
  }

  @Test
  void aMalformedCryptoKeyId_namesTheVariable() {
    Map<String, String> env = pemEnvironment();
    env.put("KONAPLATE_CRYPTO_KEY_ID", "too-short");

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> provider.fromEnvironment(env::get));

    assertTrue(e.getMessage().startsWith("KONAPLATE_CRYPTO_KEY_ID is malformed"), e.getMessage());
    assertFalse(e.getMessage().contains("too-short"));
  }

  @Test
  void aMalformedEncryptRequestsFlag_namesTheVariable() {
    Map<String, String> env = pemEnvironment();
    env.put("KONAPLATE_ENCRYPT_REQUESTS", "yes");

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> provider.fromEnvironment(env::get));

    assertEquals("KONAPLATE_ENCRYPT_REQUESTS must be true or false", e.getMessage());
  }

  @Test
  void aDirectory_isNotAKeyFile(@TempDir Path dir) {
    Map<String, String> env = pemEnvironment();
    env.put("KONAPLATE_SERVER_PUBLIC_KEY", dir.toString());

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> provider.fromEnvironment(env::get));

    assertFalse(e.getMessage().contains(dir.toString()));
  }
}
