package com.konaplate.sdk;

import static com.konaplate.sdk.testing.HostileAnswers.SUCCESS;
import static com.konaplate.sdk.testing.HostileAnswers.echoing;
import static com.konaplate.sdk.testing.TestClients.SUCCESS_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.RequestValidationException;
import com.konaplate.sdk.testing.HostileServer;
import com.konaplate.sdk.testing.TestClients;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, items 8 and 9: settings and inputs that cannot be used as given are refused before
 * any I/O, naming the setting or field and never echoing the value; the server sees nothing.
 */
class RefusedBeforeSendingTest {
  private final TestClients t = new TestClients();

  @ParameterizedTest
  @ValueSource(strings = {"http://user:pw-s3cr3t@127.0.0.1:{port}/open-api",
      "http://user@127.0.0.1:{port}/open-api", "http://:pw-s3cr3t@127.0.0.1:{port}/open-api"})
  void aBaseUrlWithUserInfo_isRefusedNamingTheSettingNotTheValue(String template) throws Exception {
    try (HostileServer server = HostileServer.answering(echoing("HTTP/1.1 200 OK", "", SUCCESS))) {
      String url = template.replace("{port}", server.baseUrl().split(":")[2].split("/")[0]);
      IllegalArgumentException setter = assertThrows(IllegalArgumentException.class,
          () -> t.builder(server.baseUrl()).baseUrl(url));
      IllegalArgumentException env = assertThrows(IllegalArgumentException.class,
          () -> KonaplateClient.builder().fromEnvironment(Map.of("KONAPLATE_BASE_URL", url)::get));
      for (IllegalArgumentException e : new IllegalArgumentException[] {setter, env}) {
        assertTrue(e.getMessage().contains("baseUrl (KONAPLATE_BASE_URL)"), e.getMessage());
        assertTrue(e.getMessage().contains("user info"), e.getMessage());
        assertFalse(e.getMessage().contains("pw-s3cr3t"), e.getMessage());
        assertFalse(e.getMessage().contains("user@"), e.getMessage());
      }
      assertEquals(0, server.connections());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD800", "\uDC00", "\uDC00\uD800", "\uDBFF\uDBFF"})
  void aParThatUtf8CannotEncode_isRefusedBeforeAnyIo_syncAndAsync(String unpaired) throws Exception {
    String par = "Q1000000000000000000000" + unpaired + "0".repeat(4 - unpaired.length());
    assertEquals(27, par.length());
    try (HostileServer server = HostileServer.answering(echoing("HTTP/1.1 200 OK", "", SUCCESS));
        KonaplateClient client = t.builder(server.baseUrl()).build()) {
      RequestValidationException sync = assertThrows(RequestValidationException.class,
          () -> client.cards().terminate(SUCCESS_USER, par));
      Throwable async = assertThrows(ExecutionException.class,
          () -> client.cards().terminateAsync(SUCCESS_USER, par).get(5, TimeUnit.SECONDS)).getCause();
      assertInstanceOf(RequestValidationException.class, async);
      for (RequestValidationException e : new RequestValidationException[] {sync, (RequestValidationException) async}) {
        assertEquals("par", e.field());
        assertTrue(e.rule().contains("UTF-8"), e.rule());
        assertFalse(e.getMessage().contains(par), "the value is never repeated");
        assertFalse(e.getMessage().contains("Q1000000"), e.getMessage());
        assertEquals(0, e.attempts());
        assertFalse(e.outcomeUnknown());
      }
      assertEquals(0, server.connections(), "nothing was sent");
      // A surrogate pair is text like any other: sent as it is.
      assertEquals("000_000", client.cards().terminate(SUCCESS_USER, "Q1\uD83D\uDE00" + "0".repeat(23)).code());
      assertTrue(server.requests().get(0).bodyText().contains("Q1\uD83D\uDE00"));
    }
  }
}
