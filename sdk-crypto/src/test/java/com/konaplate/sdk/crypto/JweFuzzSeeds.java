package com.konaplate.sdk.crypto;

import com.nimbusds.jose.CompressionAlgorithm;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEEncrypter;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.AESEncrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.crypto.RSAEncrypter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.spec.RSAPublicKeySpec;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the key, base JWEs and seed inputs of {@link JweDecryptionFuzzTest}. Not part of the
 * normal build; run it from the repository root when the seeds need to change:
 *
 * <pre>
 * ./mvnw -q -pl sdk-crypto -am test -Dtest=JweFuzzSeeds -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dkonaplate.writeFuzzSeeds=true
 * </pre>
 *
 * <p>The key {@code src/test/resources/fuzz/client-key.pem} and the base JWEs beside it are
 * kept when they exist (so stored inputs keep their meaning); delete them to make new ones. Seeds are files of raw bytes, one input
 * each; the inputs Jazzer found interesting are kept beside them under their hash names.
 */
@EnabledIfSystemProperty(named = "konaplate.writeFuzzSeeds", matches = "true")
class JweFuzzSeeds {
  /** The plaintext of every base JWE. */
  static final byte[] PLAINTEXT = "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}"
      .getBytes(StandardCharsets.UTF_8);

  private static final Path RESOURCES = Paths.get("src/test/resources");
  private static final Path FUZZ = RESOURCES.resolve("fuzz");
  private static final Path INPUTS =
      RESOURCES.resolve("com/konaplate/sdk/crypto/JweDecryptionFuzzTestInputs");

  @Test
  void write() throws Exception {
    Files.createDirectories(FUZZ);
    Path keyFile = FUZZ.resolve("client-key.pem");
    if (!Files.exists(keyFile)) {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      byte[] pkcs8 = g.generateKeyPair().getPrivate().getEncoded();
      Files.write(keyFile, ("-----BEGIN PRIVATE KEY-----\n"
          + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pkcs8)
          + "\n-----END PRIVATE KEY-----\n").getBytes(StandardCharsets.US_ASCII));
    }
    RSAPrivateCrtKey key = (RSAPrivateCrtKey) RsaKeys.privateKeyFromFile(keyFile);
    RSAPublicKey pub = publicOf(key);
    byte[] plain = PLAINTEXT;

    String a128 = base("rsa-oaep-256-a128gcm.jwe",
        JweCodec.builder().encryptTo(pub).build());
    String a256 = base("rsa-oaep-a256gcm.jwe", JweCodec.builder().encryptTo(pub)
        .keyManagement(KeyManagement.RSA_OAEP).contentEncryption(ContentEncryption.A256GCM)
        .build());

    Map<String, byte[]> any = new LinkedHashMap<>();
    any.put("valid-rsa-oaep-256-a128gcm", ascii(a128));
    any.put("valid-rsa-oaep-a256gcm", ascii(a256));
    // Every refused algorithm and header, as real JWEs where a library makes them.
    any.put("refused-alg-none", ascii(withHeader(a128, "{\"alg\":\"none\",\"enc\":\"A128GCM\"}")));
    any.put("refused-alg-dir", ascii(nimbus(new JWEHeader(JWEAlgorithm.DIR,
        EncryptionMethod.A128GCM), new DirectEncrypter(new SecretKeySpec(new byte[16], "AES")))));
    any.put("refused-alg-rsa1_5", ascii(nimbus(new JWEHeader(JWEAlgorithm.RSA1_5,
        EncryptionMethod.A128GCM), new RSAEncrypter(pub))));
    any.put("refused-alg-a128kw", ascii(nimbus(new JWEHeader(JWEAlgorithm.A128KW,
        EncryptionMethod.A128GCM), new AESEncrypter(new SecretKeySpec(new byte[16], "AES")))));
    any.put("refused-alg-missing", ascii(withHeader(a128, "{\"enc\":\"A128GCM\"}")));
    any.put("refused-alg-number", ascii(withHeader(a128, "{\"alg\":1,\"enc\":\"A128GCM\"}")));
    any.put("refused-enc-a128cbc-hs256", ascii(nimbus(new JWEHeader(JWEAlgorithm.RSA_OAEP_256,
        EncryptionMethod.A128CBC_HS256), new RSAEncrypter(pub))));
    any.put("refused-enc-a192gcm", ascii(nimbus(new JWEHeader(JWEAlgorithm.RSA_OAEP_256,
        EncryptionMethod.A192GCM), new RSAEncrypter(pub))));
    any.put("refused-zip", ascii(nimbus(new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256,
        EncryptionMethod.A128GCM).compressionAlgorithm(CompressionAlgorithm.DEF).build(),
        new RSAEncrypter(pub))));
    any.put("refused-crit", ascii(withHeader(a128,
        "{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A128GCM\",\"crit\":[\"exp\"],\"exp\":1}")));
    any.put("refused-header-not-json", ascii(withHeader(a128, "alg=RSA-OAEP-256")));
    any.put("refused-header-array", ascii(withHeader(a128, "[\"RSA-OAEP-256\",\"A128GCM\"]")));
    // Found by fuzzing: the JSON literal null used to escape as a NullPointerException.
    any.put("refused-header-null", ascii(withHeader(a128, "null")));
    any.put("refused-header-deep", ascii(withHeader(a128, "{\"alg\":"
        + String.join("", Collections.nCopies(4000, "[")) + "}")));
    any.put("refused-header-epk", ascii(withHeader(a128,
        "{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A128GCM\",\"epk\":{\"kty\":\"EC\"}}")));
    // Shapes: truncated, empty, too many parts, non-canonical Base64URL, altered, wrong key.
    any.put("truncated-four-parts", ascii(a128.substring(0, a128.lastIndexOf('.'))));
    any.put("truncated-half", ascii(a128.substring(0, a128.length() / 2)));
    any.put("truncated-tag", ascii(a128.substring(0, a128.length() - 3)));
    any.put("empty", new byte[0]);
    any.put("dots", ascii("...."));
    any.put("six-parts", ascii(a128 + ".AAAA"));
    any.put("padded", ascii(a128 + "=="));
    any.put("trailing-newline", ascii(a128 + "\n"));
    any.put("standard-base64-alphabet", ascii(a128.replace('-', '+').replace('_', '/')));
    any.put("tampered-ciphertext", ascii(flipCiphertext(a128)));
    any.put("other-key", ascii(JweCodec.builder().encryptTo(otherKey()).build().encrypt(plain)));
    any.put("unicode", "\u0000\u00e9\u4e2d\ud83d\ude00.\ud800.".getBytes(StandardCharsets.UTF_8));
    write(INPUTS.resolve("anyInput_endsInPlaintextOrACryptoException"), any);

    // FuzzedDataProvider inputs: the mutation test reads numbers from the end of its data.
    Map<String, byte[]> altered = new LinkedHashMap<>();
    Random random = new Random(20261125L);
    for (int i = 0; i < 12; i++) {
      byte[] b = new byte[16 + random.nextInt(112)];
      random.nextBytes(b);
      altered.put("random-" + i, b);
    }
    write(INPUTS.resolve("alteredValidJwe_decryptsToItsPlaintextOrIsRefused"), altered);
  }

  static RSAPublicKey publicOf(RSAPrivateCrtKey key) {
    try {
      return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
          new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The base JWE in {@code fuzz/name}, made with {@code codec} when it is not there yet. */
  private static String base(String name, JweCodec codec) throws IOException {
    Path file = FUZZ.resolve(name);
    if (Files.exists(file)) {
      return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).trim();
    }
    String jwe = codec.encrypt(PLAINTEXT);
    Files.write(file, ascii(jwe + "\n"));
    return jwe;
  }

  private static String nimbus(JWEHeader header, JWEEncrypter encrypter) throws Exception {
    JWEObject jwe = new JWEObject(header, new Payload(PLAINTEXT));
    jwe.encrypt(encrypter);
    return jwe.serialize();
  }

  private static String withHeader(String jwe, String headerJson) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(headerJson.getBytes(StandardCharsets.UTF_8))
        + jwe.substring(jwe.indexOf('.'));
  }

  private static String flipCiphertext(String jwe) {
    String[] p = jwe.split("\\.", -1);
    byte[] c = Base64.getUrlDecoder().decode(p[3]);
    c[c.length / 2] ^= 1;
    p[3] = Base64.getUrlEncoder().withoutPadding().encodeToString(c);
    return String.join(".", p);
  }

  private static RSAPublicKey otherKey() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return (RSAPublicKey) g.generateKeyPair().getPublic();
  }

  private static void write(Path dir, Map<String, byte[]> files) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Files.write(dir.resolve(f.getKey()), f.getValue());
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
