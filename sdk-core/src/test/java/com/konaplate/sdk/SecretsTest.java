package com.konaplate.sdk;

import com.konaplate.sdk.model.TerminateCardRequest;
import com.konaplate.sdk.model.TerminateCardResult;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** No secret key, access key, token or full PAR in any toString() or exception message. */
class SecretsTest {
  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();

  @Test
  void noSecretInToStringsOrInAnyFailureMessage() throws Exception {
    List<String> texts = new ArrayList<>();
    try (KonaplateClient client = t.client(server, RetryPolicy.none())) {
      texts.add(client.toString());
      texts.add(client.cards().toString());
      texts.add(TerminateCardRequest.builder().userId(TestClients.SUCCESS_USER).par(TestClients.SUCCESS_PAR).build().toString());
      // A server that echoes everything back must not get it into our messages either.
      String echo = "{\"response\":{\"code\":\"001_047\",\"description\":\"bad card " + TestClients.SUCCESS_PAR + "\"}}";
      MockResponse[] answers = {
          new MockResponse().setResponseCode(400).setBody(echo),
          new MockResponse().setResponseCode(401).setBody(echo),
          new MockResponse().setResponseCode(503).setBody("<html>" + TestClients.SECRET_KEY + "</html>"),
          new MockResponse().setBody("not json " + TestClients.ACCESS_KEY),
          new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST),
      };
      for (MockResponse answer : answers) {
        server.enqueue(answer);
        KonaplateException e = assertThrows(KonaplateException.class,
            () -> client.cards().terminate(TestClients.SUCCESS_USER, TestClients.SUCCESS_PAR));
        texts.add(e.getMessage());
        texts.add(e.toString());
      }
      String token = server.takeRequest().getHeader("X-KM-Tran-Token");
      for (String text : texts) {
        assertFalse(text.contains(TestClients.SECRET_KEY), text);
        assertFalse(text.contains(TestClients.ACCESS_KEY), text);
        assertFalse(text.contains(TestClients.SUCCESS_PAR), text);
        assertFalse(text.contains(token.substring(23)), text);
      }
    }
    assertTrue(texts.get(2).contains("Q100****0101"), texts.get(2));
  }
}
