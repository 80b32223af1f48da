package com.konaplate.sdk.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.exception.InvalidCardException;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real {@link KonaplateClient} with {@link JweEncryption} against a local server that plays
 * KONA PLATE with the server-role {@link JweCodec}: what goes on the wire, how it is signed, and
 * how encrypted answers surface.
 */
class EncryptedTerminateEndToEndTest {
  private static final String KEY_ID = "0123456789abcdef0123456789abcdef";
  private static final String ASP_ID = "ASP000000000001";
  private static final String ACCESS_KEY = "AK00000000000000000000000000000000000001";
  private static final String SECRET_KEY = "sandbox-secret-key";
  private static final long USER_ID = 100000000001L;
  private static final String PAR = "Q10000000000000000000000101";
  private static final Pattern TOKEN = Pattern.compile("KMV1:(\\d{17}):(.{44})");
  private static final Pattern ENVELOPE = Pattern.compile("\\{\"encData\":\"([A-Za-z0-9_.-]+)\"}");

  /** The sandbox's side: decrypts requests with the server key, answers to the client key. */
  private final JweCodec sandbox =
      JweCodec.forServer(TestKeys.SERVER.getPrivate(), TestKeys.CLIENT.getPublic());
  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private KonaplateClient client(EncryptionPolicy policy) {
    return KonaplateClient.builder()
        .baseUrl(server.url("/open-api").toString())
        .aspId(ASP_ID)
        .accessKey(ACCESS_KEY)
        .secretKey(SECRET_KEY)
        .encryption(JweEncryption.builder()
            .cryptoKeyId(KEY_ID)
            .serverPublicKey(TestKeys.SERVER.getPublic())
            .clientPrivateKey(TestKeys.CLIENT.getPrivate())
            .policy(policy)
            .build())
        .build();
  }

  private MockResponse encrypted(int status, String json) {
    String jwe = sandbox.encrypt(json.getBytes(StandardCharsets.UTF_8));
    return new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setHeader("X-KM-Crypto-Key-Id", KEY_ID)
        .setBody("{\"encData\":\"" + jwe + "\"}");
  }

  @Test
  void encryptedTerminate_sendsASignedEncDataBodyTheServerCanDecrypt() throws Exception {
    server.enqueue(encrypted(200,
        "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}"));

    TerminateCardResult result;
    try (KonaplateClient client = client(EncryptionPolicy.ALL_REQUESTS)) {
      result = client.cards().terminate(USER_ID, PAR);
    }

    assertEquals("000_000", result.code());
    RecordedRequest request = server.takeRequest();
    byte[] wire = request.getBody().readByteArray();
    Matcher envelope = ENVELOPE.matcher(new String(wire, StandardCharsets.UTF_8));
    assertTrue(envelope.matches(), "body is {\"encData\":\"<JWE>\"}");
    JsonObject plain = JsonParser.parseString(
        new String(sandbox.decrypt(envelope.group(1)), StandardCharsets.UTF_8)).getAsJsonObject();
    assertEquals(Set.of("userId", "par"), plain.keySet());
    assertEquals(USER_ID, plain.get("userId").getAsLong());
    assertEquals(PAR, plain.get("par").getAsString());
    assertEquals(KEY_ID, request.getHeader("X-KM-Crypto-Key-Id"));

    Matcher token = TOKEN.matcher(request.getHeader("X-KM-Tran-Token"));
    assertTrue(token.matches(), request.getHeader("X-KM-Tran-Token"));
    assertEquals(hmacBase64(SECRET_KEY, wire), token.group(2), "the token signs the wire body");
    assertEquals(request.getHeader("X-KM-Tran-Time"), token.group(1).substring(0, 14));
  }

  @Test
  void anEncryptedErrorResponse_surfacesAsItsTypedException() {
    server.enqueue(encrypted(400,
        "{\"response\":{\"code\":\"001_047\",\"description\":\"Invalid card info\"}}"));

    InvalidCardException e;
    try (KonaplateClient client = client(EncryptionPolicy.ALL_REQUESTS)) {
      e = assertThrows(InvalidCardException.class, () -> client.cards().terminate(USER_ID, PAR));
    }

    assertEquals("001_047", e.code());
    assertEquals(400, e.httpStatus());
  }

  @Test
  void followingTheSpec_sendsTerminateInPlainText_butStillReadsAnEncryptedAnswer()
      throws Exception {
    server.enqueue(encrypted(200,
        "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}"));

    try (KonaplateClient client = client(EncryptionPolicy.FOLLOW_SPEC)) {
      assertEquals("000_000", client.cards().terminate(USER_ID, PAR).code());
    }

    RecordedRequest request = server.takeRequest();
    byte[] wire = request.getBody().readByteArray();
    JsonObject plain = JsonParser.parseString(new String(wire, StandardCharsets.UTF_8))
        .getAsJsonObject();
    assertEquals(PAR, plain.get("par").getAsString(), "openapi.yaml does not flag terminate");
    assertNull(request.getHeader("X-KM-Crypto-Key-Id"));
    Matcher token = TOKEN.matcher(request.getHeader("X-KM-Tran-Token"));
    assertTrue(token.matches());
    assertEquals(hmacBase64(SECRET_KEY, wire), token.group(2));
  }

  @Test
  void anEncryptedAnswerWithoutAClientKey_namesTheMissingSetting() {
    server.enqueue(encrypted(200,
        "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}"));
    KonaplateClient client = KonaplateClient.builder()
        .baseUrl(server.url("/open-api").toString())
        .aspId(ASP_ID).accessKey(ACCESS_KEY).secretKey(SECRET_KEY)
        .encryption(JweEncryption.builder()
            .cryptoKeyId(KEY_ID)
            .serverPublicKey(TestKeys.SERVER.getPublic())
            .build())
        .build();

    KonaplateCryptoException e;
    try (client) {
      e = assertThrows(KonaplateCryptoException.class,
          () -> client.cards().terminate(USER_ID, PAR));
    }

    assertTrue(e.getMessage().contains("clientPrivateKey (KONAPLATE_CLIENT_PRIVATE_KEY)"),
        e.getMessage());
  }

  @Test
  void fromEnvironment_picksUpTheCryptoModule() throws Exception {
    JweCodec fixtureSandbox = JweCodec.forServer(
        RsaKeys.privateKeyFromPem(TestKeys.fixture("server-key.pem")),
        RsaKeys.publicKeyFromPem(TestKeys.fixture("client-public.pem")));
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
        .setBody("{\"encData\":\"" + fixtureSandbox.encrypt(
            "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}"
                .getBytes(StandardCharsets.UTF_8)) + "\"}"));
    Map<String, String> env = new HashMap<>();
    env.put("KONAPLATE_BASE_URL", server.url("/open-api").toString());
    env.put("KONAPLATE_ASP_ID", ASP_ID);
    env.put("KONAPLATE_ACCESS_KEY", ACCESS_KEY);
    env.put("KONAPLATE_SECRET_KEY", SECRET_KEY);
    env.put("KONAPLATE_CRYPTO_KEY_ID", KEY_ID);
    env.put("KONAPLATE_SERVER_PUBLIC_KEY", TestKeys.fixture("server-cert.pem"));
    env.put("KONAPLATE_CLIENT_PRIVATE_KEY", TestKeys.fixture("client-pkcs1.pem"));
    env.put("KONAPLATE_ENCRYPT_REQUESTS", "true");

    try (KonaplateClient client = KonaplateClient.builder().fromEnvironment(env::get).build()) {
      assertTrue(client.toString().contains("encryption=on"));
      assertEquals("000_000", client.cards().terminate(USER_ID, PAR).code());
    }

    RecordedRequest request = server.takeRequest();
    Matcher envelope = ENVELOPE.matcher(request.getBody().readUtf8());
    assertTrue(envelope.matches());
    assertArrayEquals(("{\"userId\":" + USER_ID + ",\"par\":\"" + PAR + "\"}")
        .getBytes(StandardCharsets.UTF_8), fixtureSandbox.decrypt(envelope.group(1)));
  }

  private static String hmacBase64(String secret, byte[] message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(message));
  }
}
