package com.konaplate.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.KonaplateServiceException;
import com.konaplate.sdk.exception.KonaplateTimeoutException;
import com.konaplate.sdk.exception.ServerException;
import com.konaplate.sdk.model.CardLimits;
import com.konaplate.sdk.model.ListCardProductsResult;
import com.konaplate.sdk.model.UpdateCardLimitsRequest;
import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import java.time.Duration;
import java.util.Collections;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the SDK resends, by the operation's retry class in openapi.yaml: a read after any
 * transient failure (never outcome-unknown), a convergent write only when the attempt cannot
 * have applied or a gateway said so, an unsafe write never once it may have reached the server.
 */
class RetryClassTest {
  private static final String PRODUCTS = "{\"serviceInfos\":[{\"serviceId\":\"000170000002000\","
      + "\"serviceName\":\"KONA Card\"}],\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}";
  private static final String SUCCESS = "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}";
  private static final String PAR = TestClients.SUCCESS_PAR;

  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();

  private KonaplateClient client() {
    return t.builder(server).readTimeout(Duration.ofMillis(500)).build();
  }

  private static MockResponse status(int code) {
    return new MockResponse().setResponseCode(code)
        .setBody("{\"response\":{\"code\":\"999_" + code + "\"}}");
  }

  private static UpdateCardLimitsRequest limits() {
    return UpdateCardLimitsRequest.builder().userId(1L).par(PAR)
        .limits(CardLimits.builder().once(1L).day(2L).month(3L).build()).build();
  }

  private static RawRequest unsafeRaw() {
    return RawRequest.builder().path("/api/v1/future/charge").json("{\"amount\":1000}").build();
  }

  // ------------------------------------------------------------------------------------ read

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void read_afterATransientStatus_isResentAndSucceeds(int status) {
    server.enqueue(status(status));
    server.enqueue(new MockResponse().setBody(PRODUCTS));
    try (KonaplateClient client = client()) {
      ListCardProductsResult r = client.cards().products(Collections.singletonList("000170000002000"));
      assertEquals(2, r.attempts());
      assertEquals("KONA Card", r.products().get(0).serviceName());
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void read_afterAConnectionBrokenAfterSending_isResent() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setBody(PRODUCTS));
    try (KonaplateClient client = client()) {
      assertEquals(2, client.cards().products(Collections.singletonList("000170000002000"))
          .attempts());
    }
  }

  @Test
  void read_afterATimeout_isResent() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(new MockResponse().setBody(PRODUCTS));
    try (KonaplateClient client = client()) {
      assertEquals(2, client.cards().products(Collections.singletonList("000170000002000"))
          .attempts());
    }
  }

  @Test
  void read_thatFailsEveryAttempt_isNeverOutcomeUnknown() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(500));
    }
    try (KonaplateClient client = client()) {
      ServerException e = assertThrows(ServerException.class,
          () -> client.cards().products(Collections.singletonList("000170000002000")));
      assertEquals(3, e.attempts());
      assertFalse(e.outcomeUnknown(), "a read has no effect to be unsure about");
      assertEquals("listCardProducts", e.operation());
    }
  }

  // ------------------------------------------------------------------------------ convergent

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {502, 503, 504})
  void convergent_afterAGatewayStatus_isResent(int status) {
    server.enqueue(status(status));
    server.enqueue(new MockResponse().setBody(SUCCESS));
    try (KonaplateClient client = client()) {
      assertEquals(2, client.cards().updateLimits(limits()).attempts());
    }
  }

  @Test
  void convergent_after500_isNotResentAndOutcomeUnknown() {
    server.enqueue(status(500));
    try (KonaplateClient client = client()) {
      KonaplateException e = assertThrows(ServerException.class,
          () -> client.cards().updateLimits(limits()));
      assertTrue(e.outcomeUnknown());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void convergent_afterATimeoutAfterSending_isNotResentAndOutcomeUnknown() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    try (KonaplateClient client = client()) {
      KonaplateException e = assertThrows(KonaplateTimeoutException.class,
          () -> client.cards().updateLimits(limits()));
      assertTrue(e.outcomeUnknown());
    }
    assertEquals(1, server.getRequestCount());
  }

  // ---------------------------------------------------------------------------------- unsafe

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {500, 502, 503, 504})
  void unsafe_afterA5xx_sendsExactlyOneRequestAndEndsOutcomeUnknown(int status) {
    server.enqueue(status(status));
    server.enqueue(new MockResponse().setBody(SUCCESS));
    try (KonaplateClient client = client()) {
      KonaplateException e = assertThrows(ServerException.class, () -> client.rawCall(unsafeRaw()));
      assertTrue(e.outcomeUnknown());
      assertEquals(1, e.attempts());
    }
    assertEquals(1, server.getRequestCount(), "a second request could charge twice");
  }

  @Test
  void unsafe_afterATimeout_sendsExactlyOneRequest() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(new MockResponse().setBody(SUCCESS));
    try (KonaplateClient client = client()) {
      KonaplateException e = assertThrows(KonaplateTimeoutException.class,
          () -> client.rawCall(unsafeRaw()));
      assertTrue(e.outcomeUnknown());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void unsafe_after429_isResent_theRequestWasNotProcessed() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
    server.enqueue(new MockResponse().setBody(SUCCESS));
    try (KonaplateClient client = client()) {
      RawResponse r = client.rawCall(unsafeRaw());
      assertEquals(2, r.attempts());
      assertEquals("000_000", r.code());
    }
  }

  @Test
  void unsafe_whenTheConnectionIsRefused_isResentOnceItCanConnect() throws Exception {
    java.net.ServerSocket closed = new java.net.ServerSocket(0);
    int port = closed.getLocalPort();
    closed.close();
    try (KonaplateClient client = t.builder(server).baseUrl("http://127.0.0.1:" + port + "/open-api")
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).build()).build()) {
      KonaplateException e = assertThrows(KonaplateException.class,
          () -> client.rawCall(unsafeRaw()));
      assertEquals(2, e.attempts(), "nothing left: both attempts were safe to make");
      assertFalse(e.outcomeUnknown(), "nothing was ever sent");
    }
  }

  // ------------------------------------------------------------------------- exception tree

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {401, 403, 429, 500, 504})
  void httpFailures_areServiceExceptions_neverApiRefusals(int status) {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(status));
    }
    try (KonaplateClient client = t.client(server, RetryPolicy.none())) {
      KonaplateException e = assertThrows(KonaplateException.class,
          () -> client.cards().terminate(TestClients.SUCCESS_USER, PAR));
      assertInstanceOf(KonaplateServiceException.class, e);
      assertFalse(e instanceof KonaplateApiException, "a " + status + " is not a refusal");
      assertEquals("terminateCard", e.operation());
      assertTrue(e.getMessage().contains("operation terminateCard"), e.getMessage());
    }
  }
}
