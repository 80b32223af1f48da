package com.konaplate.sdk.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Base64;

/**
 * Whatever string arrives as {@code encData}, {@link JweEncryption#decrypt} and
 * {@link JweCodec#decrypt} end in plaintext or a {@link KonaplateCryptoException}: never another
 * exception or error. And a real JWE, however it is altered, decrypts to its own plaintext or is
 * refused: never to something else.
 *
 * <p>The normal build replays {@code JweDecryptionFuzzTestInputs/<method>/} (and an empty
 * input). To fuzz, see README.md ("Fuzzing"). The key and the base JWEs live in
 * {@code src/test/resources/fuzz/}, apart from the OpenSSL fixtures that
 * {@code generate-keys.sh} replaces; {@link JweFuzzSeeds} wrote them and the seeds.
 */
class JweDecryptionFuzzTest {
  /** The plaintext of every base JWE. */
  private static final byte[] PLAINTEXT = JweFuzzSeeds.PLAINTEXT;
  /** The base JWEs the mutation test alters: RSA-OAEP-256/A128GCM and RSA-OAEP/A256GCM. */
  static final String[] BASES = {resource("fuzz/rsa-oaep-256-a128gcm.jwe"),
      resource("fuzz/rsa-oaep-a256gcm.jwe")};

  private static final RSAPrivateCrtKey KEY =
      (RSAPrivateCrtKey) RsaKeys.privateKeyFromClasspath("fuzz/client-key.pem");
  private static final JweEncryption CLIENT = JweEncryption.builder()
      .cryptoKeyId("0123456789abcdef0123456789abcdef")
      .serverPublicKey(JweFuzzSeeds.publicOf(KEY))
      .clientPrivateKey(KEY)
      .build();
  private static final JweCodec CODEC = JweCodec.builder().decryptWith(KEY).build();

  @FuzzTest(maxDuration = "5m")
  void anyInput_endsInPlaintextOrACryptoException(byte[] input) {
    // As UTF-8 (multi-byte characters, U+FFFD for broken sequences) and as Latin-1 (every byte
    // a character of its own), through both public entry points.
    for (String s : new String[] {new String(input, StandardCharsets.UTF_8),
        new String(input, StandardCharsets.ISO_8859_1)}) {
      decryptOrRefuse(s);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void alteredValidJwe_decryptsToItsPlaintextOrIsRefused(FuzzedDataProvider data) {
    int baseIndex = data.consumeInt(0, BASES.length - 1);
    String other = BASES[1 - baseIndex];
    StringBuilder jwe = new StringBuilder(BASES[baseIndex]);
    int edits = data.consumeInt(0, 8);
    for (int i = 0; i < edits && jwe.length() > 0; i++) {
      int at = data.consumeInt(0, jwe.length() - 1);
      switch (data.consumeInt(0, 6)) {
        case 0: // flip bits of one character
          jwe.setCharAt(at, (char) (jwe.charAt(at) ^ data.consumeInt(1, 0xFFFF)));
          break;
        case 1: // flip bits of one decoded byte of a part, re-encoded canonically
          flipDecodedByte(jwe, data.consumeInt(0, 4), data.consumeInt(0, Integer.MAX_VALUE),
              (byte) data.consumeInt(1, 255));
          break;
        case 2: // splice fuzz text in
          jwe.insert(at, data.consumeString(data.consumeInt(1, 64)));
          break;
        case 3: // delete a range
          jwe.delete(at, Math.min(jwe.length(), at + data.consumeInt(1, 64)));
          break;
        case 4: // truncate
          jwe.setLength(at);
          break;
        case 5: // replace a whole part with fuzz text, or with the same part of the other base
          int part = data.consumeInt(0, 4);
          replacePart(jwe, part, data.consumeBoolean()
              ? data.consumeString(data.consumeInt(0, 400)) : other.split("\\.", -1)[part]);
          break;
        default: // a fuzzed protected header, Base64URL-encoded as a sender would
          replacePart(jwe, 0, Base64.getUrlEncoder().withoutPadding().encodeToString(
              data.consumeString(data.consumeInt(0, 200)).getBytes(StandardCharsets.UTF_8)));
          break;
      }
    }
    String altered = jwe.toString();
    byte[] plain = decryptOrRefuse(altered);
    if (altered.equals(BASES[baseIndex])) {
      assertArrayEquals(PLAINTEXT, plain, "the unaltered JWE must decrypt");
    } else if (plain != null) {
      // AES-GCM authenticates the header, IV, ciphertext and tag: nothing else can decrypt.
      assertArrayEquals(PLAINTEXT, plain, "an altered JWE decrypted to something else");
    }
  }

  /** Decrypts through both entry points; returns the plaintext, or null when both refuse. */
  private static byte[] decryptOrRefuse(String jwe) {
    byte[] viaEncryption = null;
    boolean refusedByEncryption = false;
    try {
      viaEncryption = CLIENT.decrypt(jwe);
      assertNotNull(viaEncryption);
    } catch (KonaplateCryptoException refused) {
      assertNotNull(refused.getMessage());
      refusedByEncryption = true;
    }
    byte[] viaCodec = null;
    try {
      viaCodec = CODEC.decrypt(jwe);
      assertNotNull(viaCodec);
    } catch (KonaplateCryptoException refused) {
      assertNotNull(refused.getMessage());
      assertTrue(refusedByEncryption, "JweCodec refused what JweEncryption accepted");
      return null;
    }
    assertTrue(!refusedByEncryption, "JweEncryption refused what JweCodec accepted");
    assertArrayEquals(viaEncryption, viaCodec);
    return viaCodec;
  }

  private static void flipDecodedByte(StringBuilder jwe, int part, int index, byte mask) {
    String[] parts = jwe.toString().split("\\.", -1);
    if (part >= parts.length) {
      return;
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(parts[part]);
    } catch (IllegalArgumentException notBase64) {
      return;
    }
    if (bytes.length == 0) {
      return;
    }
    bytes[index % bytes.length] ^= mask;
    parts[part] = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jwe.setLength(0);
    jwe.append(String.join(".", parts));
  }

  /** Replaces part {@code part} with {@code text}. */
  private static void replacePart(StringBuilder jwe, int part, String text) {
    String[] parts = jwe.toString().split("\\.", -1);
    if (part >= parts.length) {
      return;
    }
    parts[part] = text;
    jwe.setLength(0);
    jwe.append(String.join(".", parts));
  }

  static String resource(String name) {
    try (InputStream in = JweDecryptionFuzzTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
