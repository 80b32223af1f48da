package com.konaplate.sdk;

import com.konaplate.sdk.model.TerminateCardRequest;
import com.konaplate.sdk.model.TerminateCardResult;

import static com.konaplate.sdk.testing.TestClients.SUCCESS_PAR;
import static com.konaplate.sdk.testing.TestClients.SUCCESS_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.KonaplateResponseException;
import com.konaplate.sdk.testing.TestClients;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * On HTTP/2 one connection carries many calls, each answer framed in its own stream: an answer
 * that is not this call's fails this call only, and the connection the others use stays open.
 */
class Http2ForeignAnswerTest {
  private static final String SUCCESS = "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}";
  private final TestClients t = new TestClients();

  @Test
  void aForeignAnswerOnHttp2_failsOnlyItsCall_notTheOthersOnTheSameConnection() throws Exception {
    MockWebServer server = new MockWebServer();
    server.setProtocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE));
    server.start();
    OkHttpClient h2 = new OkHttpClient.Builder().protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE)).build();
    try (KonaplateClient client = t.builder(server).httpClient(h2).retryPolicy(RetryPolicy.none()).build()) {
      server.enqueue(new MockResponse().setHeader("X-KM-Correlation-Id", "261125100203-aaaaaa1")
          .setHeadersDelay(300, TimeUnit.MILLISECONDS).setBody(SUCCESS));
      server.enqueue(new MockResponse().setHeader("X-KM-Correlation-Id", "261125100203-fffffff").setBody(SUCCESS));
      TerminateCardRequest request = TerminateCardRequest.builder().userId(SUCCESS_USER).par(SUCCESS_PAR).build();
      CompletableFuture<TerminateCardResult> first = client.cards().terminateAsync(request, id("261125100203-aaaaaa1"));
      server.takeRequest(10, TimeUnit.SECONDS); // the first call's request is in before the second starts

      KonaplateResponseException e = assertThrows(KonaplateResponseException.class,
          () -> client.cards().terminate(request, id("261125100203-aaaaaa2")));
      assertTrue(e.outcomeUnknown());

      assertEquals("000_000", first.get(10, TimeUnit.SECONDS).code(), "the other stream was not broken");
      assertEquals(1, server.takeRequest(10, TimeUnit.SECONDS).getSequenceNumber(),
          "the second call went on the first call's HTTP/2 connection");
    } finally {
      h2.dispatcher().executorService().shutdown();
      h2.connectionPool().evictAll();
      server.shutdown();
    }
  }

  private static RequestOptions id(String correlationId) {
    return RequestOptions.builder().correlationId(correlationId).build();
  }
}
