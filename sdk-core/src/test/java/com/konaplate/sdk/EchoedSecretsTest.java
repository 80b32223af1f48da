package com.konaplate.sdk;

import com.konaplate.sdk.model.TerminateCardRequest;
import com.konaplate.sdk.model.TerminateCardResult;

import static com.konaplate.sdk.testing.HostileAnswers.withBody;
import static com.konaplate.sdk.testing.TestClients.ACCESS_KEY;
import static com.konaplate.sdk.testing.TestClients.SECRET_KEY;
import static com.konaplate.sdk.testing.TestClients.SUCCESS_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.InvalidCardException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.testing.HostileServer;
import com.konaplate.sdk.testing.LogCapture;
import com.konaplate.sdk.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 7: a server that echoes what it was sent (PAR, access key, token, even the
 * secret key it shares) into a description, an unknown body field or an allow-listed header gets
 * none of it into a log line, an exception or a result's {@code toString()}: what the SDK knows
 * to be secret is masked by value, and bodies are logged by an allow-list of field names.
 */
class EchoedSecretsTest {
  /** A PAR the old pattern-based masking did not recognise (lower case, dashes). */
  private static final String PAR = "q1-hidden-par-0000000000001";
  private final TestClients t = new TestClients();

  /** An answer echoing every secret of request {@code r} in every place a server could. */
  private static byte[] echo(HostileServer.Received r, String status, String code) {
    String token = r.header("X-KM-Tran-Token");
    String everything = PAR + " " + ACCESS_KEY + " " + SECRET_KEY + " " + token;
    String body = "{\"response\":{\"code\":\"" + code + "\",\"description\":\"echo " + everything + "\"},"
        + "\"description\":\"" + everything + "\",\"note\":\"hello world\",\"par\":\"" + PAR.toUpperCase(Locale.ROOT)
        + "\",\"cardNo\":4111111111111111,\"userId\":" + SUCCESS_USER + "}";
    return HostileServer.fill(withBody("HTTP/1.1 " + status + "\r\nX-KM-Correlation-Id: {cid}\r\n"
        + "Server: echo/" + everything + "\r\nDate: " + PAR + "\r\nRetry-After: " + ACCESS_KEY + "\r\n"
        + "Content-Type: application/json\r\n", body), r);
  }

  @Test
  void aRefusalEchoingEverySecret_leaksNoneIntoLogsOrTheException() throws Exception {
    List<String> texts = new ArrayList<>();
    String token;
    try (HostileServer server = HostileServer.start((r, i) -> echo(r, "400 Bad Request", "001_047"));
        LogCapture logs = new LogCapture();
        KonaplateClient client = t.builder(server.baseUrl()).retryPolicy(RetryPolicy.none())
            .logBodies(true).build()) {
      InvalidCardException e = assertThrows(InvalidCardException.class,
          () -> client.cards().terminate(SUCCESS_USER, PAR));
      texts.add(e.getMessage());
      texts.add(e.toString());
      texts.add(e.description());
      Throwable async = assertThrows(ExecutionException.class,
          () -> client.cards().terminateAsync(SUCCESS_USER, PAR).get(20, TimeUnit.SECONDS)).getCause();
      texts.add(async.getMessage());
      texts.addAll(logs.lines());
      token = server.requests().get(0).header("X-KM-Tran-Token");
      String all = String.join("\n", logs.lines());
      assertTrue(all.contains("\"note\":\"<11 chars>\""), "unknown fields are shown by size: " + all);
      assertTrue(all.contains("\"cardNo\":\"4111****1111\""), all);
      assertTrue(all.contains("\"userId\":" + SUCCESS_USER), "allow-listed fields are shown: " + all);
      assertTrue(all.contains("Server: echo/"), "allow-listed headers are still logged: " + all);
    }
    assertNoSecret(texts, token);
    assertTrue(texts.get(0).contains("echo q1-h****0001"), "PARs are shown masked: " + texts.get(0));
  }

  @Test
  void aSuccessEchoingEverySecret_leaksNoneIntoTheResult() throws Exception {
    List<String> texts = new ArrayList<>();
    String token;
    try (HostileServer server = HostileServer.start((r, i) -> echo(r, "200 OK", "000_000"));
        LogCapture logs = new LogCapture();
        KonaplateClient client = t.builder(server.baseUrl()).logBodies(true).build()) {
      TerminateCardResult r = client.cards().terminate(SUCCESS_USER, PAR);
      assertEquals("000_000", r.code());
      texts.add(r.toString());
      texts.add(r.description());
      texts.addAll(logs.lines());
      token = server.requests().get(0).header("X-KM-Tran-Token");
    }
    assertNoSecret(texts, token);
  }

  private static void assertNoSecret(List<String> texts, String token) {
    String signature = token.substring(token.lastIndexOf(':') + 1);
    for (String text : texts) {
      String lower = text.toLowerCase(Locale.ROOT);
      assertFalse(lower.contains(PAR), text);
      assertFalse(text.contains(ACCESS_KEY), text);
      assertFalse(text.contains(SECRET_KEY), text);
      assertFalse(text.contains(signature), text);
      assertFalse(text.contains("4111111111111111"), text);
      assertTrue(text.length() < 2_000, text);
    }
  }
}
