package com.konaplate.sdk;

import com.konaplate.sdk.model.TerminateCardRequest;
import com.konaplate.sdk.model.TerminateCardResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.RequestValidationException;
import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input is refused before any network I/O, naming the field and the rule. */
class ValidationTest {
  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();
  private KonaplateClient client;

  @BeforeEach
  void start() throws Exception {
    client = t.client(server);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    assertEquals(0, server.getRequestCount(), "nothing may reach the network");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE, 1_000_000_000_000_000_000L, Long.MAX_VALUE})
  void userIdOutOfRange_isRefusedNamingUserId(long userId) {
    RequestValidationException e = assertThrows(RequestValidationException.class,
        () -> client.cards().terminate(userId, TestClients.SUCCESS_PAR));
    assertEquals("userId", e.field());
    assertTrue(e.getMessage().contains("between 1 and 999999999999999999"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"26", "28", "0"})
  void parOfWrongLength_isRefusedNamingPar(int length) {
    RequestValidationException e = assertThrows(RequestValidationException.class,
        () -> client.cards().terminate(1L, "Q".repeat(length)));
    assertEquals("par", e.field());
    assertTrue(e.getMessage().contains("27"), e.getMessage());
  }

  @Test
  void nullPar_isRefused() {
    assertEquals("par", assertThrows(RequestValidationException.class,
        () -> client.cards().terminate(1L, null)).field());
  }

  @Test
  void nullRequest_isRefused() {
    assertEquals("request", assertThrows(RequestValidationException.class,
        () -> client.cards().terminate((TerminateCardRequest) null)).field());
  }

  @Test
  void requestObject_validatesOnCreation() {
    assertThrows(RequestValidationException.class,
        () -> TerminateCardRequest.builder().userId(0).par(TestClients.SUCCESS_PAR).build());
  }

  @Test
  void boundaryValues_areAccepted() {
    assertEquals(1L, TerminateCardRequest.builder().userId(1L).par(TestClients.SUCCESS_PAR).build()
        .userId());
    assertEquals(999_999_999_999_999_999L, TerminateCardRequest.builder()
        .userId(999_999_999_999_999_999L).par(TestClients.SUCCESS_PAR).build().userId());
  }

  @Test
  void malformedCorrelationId_isRefusedByTheOptionsBuilder() {
    assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().correlationId("261125100203-xyz"));
    assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().correlationId("2611251002031234567"));
    assertThrows(NullPointerException.class, () -> RequestOptions.builder().correlationId(null));
  }
}
