package com.konaplate.sdk;

import com.konaplate.sdk.model.TerminateCardRequest;
import com.konaplate.sdk.model.TerminateCardResult;

import static com.konaplate.sdk.testing.TestClients.SUCCESS_PAR;
import static com.konaplate.sdk.testing.TestClients.SUCCESS_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.AuthenticationException;
import com.konaplate.sdk.exception.KonaplateConnectionException;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.KonaplateResponseException;
import com.konaplate.sdk.exception.RateLimitException;
import com.konaplate.sdk.exception.ServerException;
import com.konaplate.sdk.spi.PayloadEncryptor;
import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import java.util.function.Function;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each kind of answer becomes, with retries off so one answer decides. */
class ResponseHandlingTest {
  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();
  private KonaplateClient client;

  @BeforeEach
  void start() throws Exception {
    client = t.client(server, RetryPolicy.none());
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
  }

  private KonaplateException terminateFails() {
    return assertThrows(KonaplateException.class, () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
  }

  @Test
  void success_returnsCodeDescriptionAndTheEchoedCorrelationId() {
    server.enqueue(new MockResponse().setHeader("X-KM-Correlation-Id", "261125100203-1234567")
        .setBody("{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}"));
    TerminateCardResult r = client.cards().terminate(SUCCESS_USER, SUCCESS_PAR);
    assertEquals("000_000", r.code());
    assertEquals("Success", r.description());
    assertEquals("261125100203-1234567", r.correlationId());
    assertEquals(200, r.httpStatus());
    assertEquals(1, r.attempts());
  }

  @Test
  void success_carryingAnotherCallsCorrelationId_isNotThisCallsSuccess() {
    server.enqueue(new MockResponse().setHeader("X-KM-Correlation-Id", "261125100203-fedcba9")
        .setBody("{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}"));
    KonaplateException e = terminateFails();
    assertEquals(KonaplateResponseException.class, e.getClass());
    assertTrue(e.outcomeUnknown(), "the request was sent; the answer is another call's");
    assertEquals("261125100203-1234567", e.correlationId(), "the call's own id, not the answer's");
    assertFalse(e.getMessage().contains("fedcba9"), e.getMessage());
  }

  @Test
  void success_withoutCorrelationHeader_reportsTheRequestsCorrelationId() {
    server.enqueue(new MockResponse().setBody("{\"response\":{\"code\":\"000_000\"}}"));
    assertEquals("261125100203-1234567", client.cards().terminate(SUCCESS_USER, SUCCESS_PAR).correlationId());
  }

  @Test
  void success_toleratesUnknownFieldsEverywhere() {
    server.enqueue(new MockResponse().setBody("{\"newField\":[1,{\"x\":null}],\"response\":"
        + "{\"code\":\"000_000\",\"description\":\"Success\",\"extra\":true},\"more\":\"ok\"}"));
    assertEquals("000_000", client.cards().terminate(SUCCESS_USER, SUCCESS_PAR).code());
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 403})
  void authFailures_becomeAuthenticationException_withCodeWhenGiven(int status) {
    server.enqueue(new MockResponse().setResponseCode(status)
        .setBody("{\"response\":{\"code\":\"990_002\",\"description\":\"Invalid token\"}}"));
    KonaplateException e = terminateFails();
    assertTrue(e instanceof AuthenticationException, e.toString());
    assertEquals(status, e.httpStatus());
    assertEquals("990_002", e.code());
    assertFalse(e.outcomeUnknown());
  }

  @Test
  void authFailure_withHtmlBody_isStillAuthenticationException() {
    server.enqueue(new MockResponse().setResponseCode(401).setBody("<html>denied</html>"));
    KonaplateException e = terminateFails();
    assertTrue(e instanceof AuthenticationException, e.toString());
    assertEquals(null, e.code());
  }

  @Test
  void rateLimit_becomesRateLimitException_withRetryAfter() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7"));
    KonaplateException e = terminateFails();
    assertTrue(e instanceof RateLimitException, e.toString());
    assertEquals(java.time.Duration.ofSeconds(7), ((RateLimitException) e).retryAfter());
    assertFalse(e.outcomeUnknown());
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void serverErrors_becomeServerException_withOutcomeUnknown(int status) {
    server.enqueue(new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "text/html").setBody("<html><body>Bad Gateway</body></html>"));
    KonaplateException e = terminateFails();
    assertTrue(e instanceof ServerException, e.toString());
    assertEquals(status, e.httpStatus());
    assertTrue(e.outcomeUnknown(), "a 5xx may hide an applied effect");
    assertFalse(e.getMessage().contains("<html>"), "raw bodies stay out of messages");
  }

  @Test
  void nonJson200_isResponseException_withOutcomeUnknown() {
    server.enqueue(new MockResponse().setBody("OK, terminated"));
    KonaplateException e = terminateFails();
    assertEquals(KonaplateResponseException.class, e.getClass());
    assertTrue(e.outcomeUnknown());
    assertFalse(e.getMessage().contains("terminated"));
  }

  @Test
  void empty200_isResponseException() {
    server.enqueue(new MockResponse().setBody(""));
    assertEquals(KonaplateResponseException.class, terminateFails().getClass());
  }

  @Test
  void json200WithoutEnvelope_isResponseException() {
    server.enqueue(new MockResponse().setBody("{\"result\":\"ok\"}"));
    assertEquals(KonaplateResponseException.class, terminateFails().getClass());
  }

  @Test
  void malformedCode_isNotTakenForAResultCode() {
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"response\":{\"code\":\"oops\"}}"));
    KonaplateException e = terminateFails();
    assertEquals(KonaplateResponseException.class, e.getClass());
    assertFalse(e.outcomeUnknown(), "a 400 means the request was refused");
  }

  @Test
  void lenientJson_isRefused() {
    server.enqueue(new MockResponse().setBody("{response:{code:'000_000'}}"));
    assertEquals(KonaplateResponseException.class, terminateFails().getClass());
  }

  @Test
  void trailingGarbageAfterJson_isRefused() {
    server.enqueue(new MockResponse().setBody("{\"response\":{\"code\":\"000_000\"}} trailing"));
    assertEquals(KonaplateResponseException.class, terminateFails().getClass());
  }

  @Test
  void truncatedBody_isConnectionException_withOutcomeUnknown() {
    server.enqueue(new MockResponse()
        .setBody("{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}")
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    KonaplateException e = terminateFails();
    assertTrue(e instanceof KonaplateConnectionException || e instanceof KonaplateResponseException, e.toString());
    assertTrue(e.outcomeUnknown());
  }

  @Test
  void encryptedResponse_withoutClientKey_isCryptoExceptionNamingTheSetting() {
    server.enqueue(new MockResponse().setBody("{\"encData\":\"a.b.c.d.e\"}"));
    KonaplateException e = terminateFails();
    assertEquals(KonaplateCryptoException.class, e.getClass());
    assertTrue(e.getMessage().contains("KONAPLATE_CLIENT_PRIVATE_KEY"), e.getMessage());
    assertTrue(e.outcomeUnknown(), "a 200 we cannot read may hide an applied effect");
  }

  @Test
  void anEncryptorThatBreaksItsContract_stillEndsInACryptoException() {
    PayloadEncryptor broken = encryptor(false, plain -> {
      throw new IllegalStateException("bug");
    }, jwe -> {
      throw new NullPointerException("bug");
    });
    server.enqueue(new MockResponse().setBody("{\"encData\":\"a.b.c.d.e\"}"));
    try (KonaplateClient c = t.builder(server).encryption(broken).retryPolicy(RetryPolicy.none()).build()) {
      KonaplateException e = assertThrows(KonaplateException.class, () -> c.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertEquals(KonaplateCryptoException.class, e.getClass());
    }
    try (KonaplateClient c = t.builder(server).encryption(encryptor(true, plain -> {
      throw new IllegalStateException("bug");
    }, String::getBytes)).build()) {
      KonaplateException e = assertThrows(KonaplateException.class, () -> c.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertEquals(KonaplateCryptoException.class, e.getClass());
      assertFalse(e.outcomeUnknown(), "nothing was sent");
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void anEncryptorThatReturnsNoJwe_failsBeforeSendingAnEmptyEnvelope() {
    PayloadEncryptor noJwe = encryptor(true, plain -> null, String::getBytes);
    try (KonaplateClient c = t.builder(server).encryption(noJwe).retryPolicy(RetryPolicy.none()).build()) {
      KonaplateException e = assertThrows(KonaplateException.class, () -> c.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertEquals(KonaplateCryptoException.class, e.getClass());
      assertFalse(e.outcomeUnknown(), "nothing was sent");
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void deeplyNestedJson_isResponseExceptionNotStackOverflow() {
    server.enqueue(new MockResponse().setBody("[".repeat(100_000)));
    assertEquals(KonaplateResponseException.class, terminateFails().getClass());
  }

  /** A third-party encryptor made of the given functions, for contract-breaking cases. */
  private static PayloadEncryptor encryptor(boolean encryptAll, Function<byte[], String> encrypt,
      Function<String, byte[]> decrypt) {
    return new PayloadEncryptor() {
      @Override
      public String cryptoKeyId() {
        return "0123456789abcdef0123456789abcdef";
      }

      @Override
      public boolean encryptAllRequests() {
        return encryptAll;
      }

      @Override
      public String encrypt(byte[] plaintextJson) {
        return encrypt.apply(plaintextJson);
      }

      @Override
      public byte[] decrypt(String jweCompact) {
        return decrypt.apply(jweCompact);
      }
    };
  }
}
