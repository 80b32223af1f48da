package com.konaplate.sdk.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.KonaplateCryptoException;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyPair;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading keys in every format and from every source, and refusing what is not usable. */
class RsaKeysTest {
  private static final char[] PASSWORD = TestKeys.FIXTURE_PASSWORD.toCharArray();
  private static final BigInteger SERVER_MODULUS =
      modulus(RsaKeys.privateKeyFromPem(TestKeys.fixture("server-key.pem")));
  private static final BigInteger CLIENT_MODULUS =
      modulus(RsaKeys.publicKeyFromPem(TestKeys.fixture("client-public.pem")));

  private static BigInteger modulus(Object key) {
    return ((RSAKey) key).getModulus();
  }

  private static Path fixturePath(String name) {
    try {
      return Paths.get(RsaKeysTest.class.getResource("/keys/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Arguments source(String name, Supplier<?> read) {
    return Arguments.of(name, read);
  }

  static Stream<Arguments> serverKeySources() {
    List<Arguments> out = new ArrayList<>();
    for (String pem : List.of("server-cert.pem", "server-public.pem")) {
      out.add(source(pem + " as a string", () -> RsaKeys.publicKeyFromPem(TestKeys.fixture(pem))));
    }
    for (String der : List.of("server-cert.der", "server-public.der")) {
      out.add(source(der + " as bytes",
          () -> RsaKeys.publicKeyFromDer(TestKeys.fixtureBytes(der))));
    }
    for (String f : List.of("server-cert.pem", "server-public.pem", "server-cert.der",
        "server-public.der")) {
      out.add(source(f + " as a file", () -> RsaKeys.publicKeyFromFile(fixturePath(f))));
      out.add(source(f + " as a stream", () -> RsaKeys.publicKeyFromStream(
          new ByteArrayInputStream(TestKeys.fixtureBytes(f)))));
      out.add(source(f + " on the classpath",
          () -> RsaKeys.publicKeyFromClasspath("keys/" + f)));
    }
    out.add(source("a leading slash on the classpath",
        () -> RsaKeys.publicKeyFromClasspath("/keys/server-cert.pem")));
    out.add(source("PEM with CRLF, a byte order mark and text around it",
        () -> RsaKeys.publicKeyFromPem("\uFEFFSubject: CN=test\r\n"
            + TestKeys.fixture("server-cert.pem").replace("\n", "\r\n") + "trailing words\r\n")));
    out.add(source("a chain, leaf first", () -> RsaKeys.publicKeyFromPem(
        TestKeys.fixture("server-cert.pem") + TestKeys.fixture("rsa1024-cert.pem"))));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("serverKeySources")
  void serverKey_readsFromEveryFormatAndSource(String name, Supplier<?> read) {
    assertEquals(SERVER_MODULUS, modulus(read.get()));
  }

  static Stream<Arguments> clientKeySources() {
    List<Arguments> out = new ArrayList<>();
    for (String pem : List.of("client-pkcs8.pem", "client-pkcs1.pem")) {
      out.add(source(pem + " as a string", () -> RsaKeys.privateKeyFromPem(TestKeys.fixture(pem))));
    }
    for (String pem : List.of("client-pkcs8-encrypted.pem", "client-pkcs1-encrypted.pem")) {
      out.add(source(pem + " as a string with its password",
          () -> RsaKeys.privateKeyFromPem(TestKeys.fixture(pem), PASSWORD)));
    }
    out.add(source("client-pkcs8.der as bytes",
        () -> RsaKeys.privateKeyFromDer(TestKeys.fixtureBytes("client-pkcs8.der"))));
    out.add(source("client-pkcs8-encrypted.der as bytes with its password",
        () -> RsaKeys.privateKeyFromDer(TestKeys.fixtureBytes("client-pkcs8-encrypted.der"),
            PASSWORD)));
    for (String f : List.of("client-pkcs8.pem", "client-pkcs1.pem", "client-pkcs8.der")) {
      out.add(source(f + " as a file", () -> RsaKeys.privateKeyFromFile(fixturePath(f))));
      out.add(source(f + " as a stream", () -> RsaKeys.privateKeyFromStream(
          new ByteArrayInputStream(TestKeys.fixtureBytes(f)))));
      out.add(source(f + " on the classpath",
          () -> RsaKeys.privateKeyFromClasspath("keys/" + f)));
    }
    for (String f : List.of("client-pkcs8-encrypted.pem", "client-pkcs8-encrypted.der",
        "client-pkcs1-encrypted.pem")) {
      out.add(source(f + " as a file with its password",
          () -> RsaKeys.privateKeyFromFile(fixturePath(f), PASSWORD)));
      out.add(source(f + " as a stream with its password", () -> RsaKeys.privateKeyFromStream(
          new ByteArrayInputStream(TestKeys.fixtureBytes(f)), PASSWORD)));
      out.add(source(f + " on the classpath with its password",
          () -> RsaKeys.privateKeyFromClasspath("keys/" + f, PASSWORD)));
    }
    out.add(source("an unencrypted key with a needless password",
        () -> RsaKeys.privateKeyFromPem(TestKeys.fixture("client-pkcs8.pem"), PASSWORD)));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clientKeySources")
  void clientKey_readsFromEveryFormatAndSource(String name, Supplier<?> read) {
    assertEquals(CLIENT_MODULUS, modulus(read.get()));
  }

  @Test
  void keysWrittenByBouncyCastle_areRead() throws Exception {
    KeyPair pair = TestKeys.CLIENT;
    BigInteger n = modulus(pair.getPublic());
    var certificate = TestKeys.certificate(pair, "SHA256withRSA");

    assertEquals(n, modulus(RsaKeys.publicKeyFromPem(TestKeys.pem(certificate))));
    assertEquals(n, modulus(RsaKeys.publicKeyFromDer(certificate.getEncoded())));
    assertEquals(n, modulus(RsaKeys.publicKeyFromPem(TestKeys.pem(pair.getPublic()))));
    assertEquals(n, modulus(RsaKeys.publicKeyFromDer(pair.getPublic().getEncoded())));
    assertEquals(n, modulus(RsaKeys.privateKeyFromPem(TestKeys.pem(pair.getPrivate()))));
    assertEquals(n, modulus(RsaKeys.privateKeyFromPem(TestKeys.pkcs8Pem(pair.getPrivate(), null))));
    assertEquals(n, modulus(RsaKeys.privateKeyFromPem(
        TestKeys.pkcs8Pem(pair.getPrivate(), "s3cret".toCharArray()), "s3cret".toCharArray())));
    assertEquals(n, modulus(RsaKeys.privateKeyFromDer(pair.getPrivate().getEncoded())));
    java.security.interfaces.RSAPublicKey pub =
        (java.security.interfaces.RSAPublicKey) pair.getPublic();
    byte[] pkcs1 = new org.bouncycastle.asn1.pkcs.RSAPublicKey(n, pub.getPublicExponent())
        .getEncoded();
    assertEquals(n, modulus(RsaKeys.publicKeyFromPem(TestKeys.pem(
        new org.bouncycastle.util.io.pem.PemObject("RSA PUBLIC KEY", pkcs1)))));
  }

  @Test
  void theDefaultJcaProviderMakesTheKeys_andBouncyCastleIsNotRegistered() {
    RsaKeys.privateKeyFromPem(TestKeys.fixture("client-pkcs8-encrypted.pem"), PASSWORD);

    assertEquals(null, java.security.Security.getProvider("BC"));
    assertTrue(RsaKeys.publicKeyFromPem(TestKeys.fixture("server-cert.pem")).getClass().getName()
        .startsWith("sun."), "keys should come from the JDK's own provider");
  }

  static Stream<Arguments> unusableServerKeys() {
    return Stream.of(
        Arguments.of("text that is no key", (Supplier<?>) () -> RsaKeys.publicKeyFromPem("hello"),
            "neither PEM text nor DER"),
        Arguments.of("a PEM block with broken Base64", (Supplier<?>) () -> RsaKeys.publicKeyFromPem(
            "-----BEGIN PUBLIC KEY-----\nMIIB@@@@\n-----END PUBLIC KEY-----\n"), "not valid PEM"),
        Arguments.of("an unknown PEM type", (Supplier<?>) () -> RsaKeys.publicKeyFromPem(
            "-----BEGIN SOMETHING-----\nAAAA\n-----END SOMETHING-----\n"), "not valid PEM"),
        Arguments.of("no bytes", (Supplier<?>) () -> RsaKeys.publicKeyFromDer(new byte[0]),
            "it is empty"),
        Arguments.of("random bytes", (Supplier<?>) () -> RsaKeys.publicKeyFromDer(
            "\u0001\u0002garbage".getBytes(StandardCharsets.ISO_8859_1)),
            "neither PEM text nor DER"),
        Arguments.of("DER of a private key", (Supplier<?>) () -> RsaKeys.publicKeyFromDer(
            TestKeys.fixtureBytes("client-pkcs8.der")), "neither a DER certificate"),
        Arguments.of("a PEM private key", (Supplier<?>) () -> RsaKeys.publicKeyFromPem(
            TestKeys.fixture("client-pkcs8.pem")), "it holds a private key"),
        Arguments.of("an EC certificate", (Supplier<?>) () -> RsaKeys.publicKeyFromPem(
            TestKeys.fixture("ec-cert.pem")), "RSA key required, got an EC key"),
        Arguments.of("an RSA-1024 certificate", (Supplier<?>) () -> RsaKeys.publicKeyFromPem(
            TestKeys.fixture("rsa1024-cert.pem")),
            "RSA key of at least 2048 bits required, got 1024 bits"),
        Arguments.of("a missing file", (Supplier<?>) () -> RsaKeys.publicKeyFromFile(
            Paths.get("no/such/server-cert.pem")), "from the file"),
        Arguments.of("a missing resource", (Supplier<?>) () -> RsaKeys.publicKeyFromClasspath(
            "keys/no-such.pem"), "no classpath resource keys/no-such.pem"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unusableServerKeys")
  void unusableServerKeys_areRefusedNamingTheSetting(String name, Supplier<?> read,
      String why) {
    KonaplateCryptoException e = assertThrows(KonaplateCryptoException.class, read::get);

    assertContains(e.getMessage(), "serverPublicKey");
    assertContains(e.getMessage(), why);
    Hygiene.assertNoSecrets(e, allFixtureLines());
  }

  @Test
  void unreadableServerKeys_nameTheExpectedFormats() {
    KonaplateCryptoException e = assertThrows(KonaplateCryptoException.class,
        () -> RsaKeys.publicKeyFromPem("hello"));

    assertContains(e.getMessage(), "expected an X.509 certificate (PEM \"BEGIN CERTIFICATE\" or"
        + " DER) or an RSA public key (PEM \"BEGIN PUBLIC KEY\" or DER SubjectPublicKeyInfo)");
  }

  static Stream<Arguments> unusableClientKeys() {
    String pkcs8 = TestKeys.fixture("client-pkcs8.pem");
    return Stream.of(
        Arguments.of("text that is no key", (Supplier<?>) () -> RsaKeys.privateKeyFromPem("hello"),
            "neither PEM text nor DER"),
        Arguments.of("a truncated PEM key", (Supplier<?>) () -> RsaKeys.privateKeyFromPem(
            pkcs8.substring(0, pkcs8.length() / 2)), "not valid PEM"),
        Arguments.of("a PEM key with a damaged body", (Supplier<?>) () -> RsaKeys.privateKeyFromPem(
            pkcs8.replace("\n", "\n!")), "not valid PEM"),
        Arguments.of("a truncated DER key", (Supplier<?>) () -> RsaKeys.privateKeyFromDer(
            Arrays.copyOf(TestKeys.fixtureBytes("client-pkcs8.der"), 600)),
            "neither PEM text nor DER"),
        Arguments.of("a certificate", (Supplier<?>) () -> RsaKeys.privateKeyFromPem(
            TestKeys.fixture("server-cert.pem")), "a certificate or public key"),
        Arguments.of("encrypted PKCS#8 without a password",
            (Supplier<?>) () -> RsaKeys.privateKeyFromPem(
                TestKeys.fixture("client-pkcs8-encrypted.pem")),
            "it is an encrypted PKCS#8 key and needs a password"),
        Arguments.of("encrypted PKCS#8 DER without a password",
            (Supplier<?>) () -> RsaKeys.privateKeyFromDer(
                TestKeys.fixtureBytes("client-pkcs8-encrypted.der")),
            "it is an encrypted PKCS#8 key and needs a password"),
        Arguments.of("encrypted PKCS#8 with a wrong password",
            (Supplier<?>) () -> RsaKeys.privateKeyFromPem(
                TestKeys.fixture("client-pkcs8-encrypted.pem"), "wrong".toCharArray()),
            "cannot decrypt the encrypted PKCS#8 key"),
        Arguments.of("encrypted PKCS#8 DER with a wrong password",
            (Supplier<?>) () -> RsaKeys.privateKeyFromDer(
                TestKeys.fixtureBytes("client-pkcs8-encrypted.der"), "wrong".toCharArray()),
            "cannot decrypt the encrypted PKCS#8 key"),
        Arguments.of("encrypted PKCS#1 with a wrong password",
            (Supplier<?>) () -> RsaKeys.privateKeyFromPem(
                TestKeys.fixture("client-pkcs1-encrypted.pem"), "wrong".toCharArray()),
            "cannot decrypt the encrypted PEM key"),
        Arguments.of("an EC key after its parameters", (Supplier<?>) () ->
            RsaKeys.privateKeyFromPem(TestKeys.fixture("ec-key.pem")),
            "RSA key required, got an EC key"),
        Arguments.of("an EC PKCS#8 key", (Supplier<?>) () -> RsaKeys.privateKeyFromPem(
            TestKeys.fixture("ec-pkcs8.pem")), "RSA key required, got an EC key"),
        Arguments.of("an RSA-1024 key", (Supplier<?>) () -> RsaKeys.privateKeyFromPem(
            TestKeys.fixture("rsa1024-key.pem")),
            "RSA key of at least 2048 bits required, got 1024 bits"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unusableClientKeys")
  void unusableClientKeys_areRefusedNamingTheSetting(String name, Supplier<?> read, String why) {
    KonaplateCryptoException e = assertThrows(KonaplateCryptoException.class, read::get);

    assertContains(e.getMessage(), "clientPrivateKey");
    assertContains(e.getMessage(), why);
    List<String> secrets = new ArrayList<>(allFixtureLines());
    secrets.add(TestKeys.FIXTURE_PASSWORD);
    Hygiene.assertNoSecrets(e, secrets);
  }

  @Test
  void unreadableClientKeys_nameTheExpectedFormats() {
    KonaplateCryptoException e = assertThrows(KonaplateCryptoException.class,
        () -> RsaKeys.privateKeyFromPem("hello"));

    assertContains(e.getMessage(), "expected an RSA private key as PKCS#8 (PEM \"BEGIN PRIVATE"
        + " KEY\" or DER), PKCS#1 (PEM \"BEGIN RSA PRIVATE KEY\") or encrypted PKCS#8 (PEM"
        + " \"BEGIN ENCRYPTED PRIVATE KEY\" or DER, with a password)");
  }

  @Test
  void aKeyFileLargerThanAnyKey_isRefused(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.pem");
    Files.write(big, new byte[2 << 20]);

    KonaplateCryptoException e = assertThrows(KonaplateCryptoException.class,
        () -> RsaKeys.privateKeyFromFile(big));

    assertContains(e.getMessage(), "larger than");
  }

  @Test
  void nullArguments_areNullPointerExceptions() {
    assertThrows(NullPointerException.class, () -> RsaKeys.publicKeyFromPem(null));
    assertThrows(NullPointerException.class, () -> RsaKeys.publicKeyFromFile(null));
    assertThrows(NullPointerException.class, () -> RsaKeys.privateKeyFromStream(null));
    assertThrows(NullPointerException.class, () -> RsaKeys.privateKeyFromClasspath(null));
  }

  private static List<String> allFixtureLines() {
    List<String> out = new ArrayList<>();
    for (String name : List.of("client-pkcs8.pem", "client-pkcs1.pem", "client-pkcs8-encrypted.pem",
        "client-pkcs1-encrypted.pem", "server-key.pem", "server-cert.pem", "ec-key.pem",
        "ec-pkcs8.pem", "rsa1024-key.pem")) {
      out.addAll(TestKeys.pemLines(TestKeys.fixture(name)));
    }
    return out;
  }

  private static void assertContains(String text, String expected) {
    assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in: " + text);
  }
}
