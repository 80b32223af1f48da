package com.konaplate.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.OneTimeTokenExpiredException;
import com.konaplate.sdk.exception.OperationFailedException;
import com.konaplate.sdk.exception.ServerException;
import com.konaplate.sdk.model.ChargeRequest;
import com.konaplate.sdk.model.ChargeResult;
import com.konaplate.sdk.model.IssueOneTimeTokenRequest;
import com.konaplate.sdk.model.IssueOneTimeTokenResult;
import com.konaplate.sdk.model.ListCardTransactionsRequest;
import com.konaplate.sdk.model.PageRequest;
import com.konaplate.sdk.model.PaymentRequest;
import com.konaplate.sdk.model.Transaction;
import com.konaplate.sdk.testing.FakeJwe;
import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Money is settled, never guessed: a charge carries a sequenceId (the caller's or one the SDK
 * makes) on every attempt, result and exception; an ambiguous charge is settled by the result
 * inquiry (completed, pending or failed) or ends outcome-unknown after one request; a payment is
 * never resent once sent; a one-time token is never sent once expired; history pages are fetched
 * as they are consumed.
 */
class MoneySettlementTest {
  private static final String CHARGE = "/open-api/api/v1/recharges/by-bank-accounts/no-hce";
  private static final String INQUIRY = "/open-api/api/v1/recharges/by-bank-account/result/inquiry";
  private static final String TOKEN = "7000000000000001";

  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();

  private KonaplateClient client() {
    return t.builder(server).encryption(new FakeJwe()).readTimeout(Duration.ofMillis(500)).build();
  }

  private static ChargeRequest.Builder charge() {
    return ChargeRequest.builder().userId(100000000030L).amount(10000).oneTimeToken(TOKEN)
        .dcvv("701").merchantId("410195430033901");
  }

  private static MockResponse ok(String fields) {
    return new MockResponse().setBody("{" + fields + (fields.isEmpty() ? "" : ",")
        + "\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}");
  }

  private static MockResponse status(int code) {
    return new MockResponse().setResponseCode(code).setBody("{\"response\":{\"code\":\"999_999\"}}");
  }

  private static JsonObject body(RecordedRequest r) {
    return JsonParser.parseString(r.getBody().readUtf8()).getAsJsonObject();
  }

  private int requestsTo(String path) throws InterruptedException {
    int n = 0;
    for (int i = server.getRequestCount(); i > 0; i--) {
      n += path.equals(server.takeRequest().getPath()) ? 1 : 0;
    }
    return n;
  }

  @Test
  void charge_withoutSequenceId_getsOneOf30CharactersOnTheWireAndTheResult() throws Exception {
    server.enqueue(ok("\"nrNumber\":\"NR0000000000000001\",\"isPending\":false"));
    ChargeResult r;
    try (KonaplateClient client = client()) {
      r = client.charges().fromBankAccount(charge().build());
    }
    String sent = body(server.takeRequest()).get("sequenceId").getAsString();
    assertEquals(30, sent.length());
    assertEquals(sent, r.sequenceId());
    assertEquals("NR0000000000000001", r.nrNumber());
    assertFalse(r.isPending());
  }

  @Test
  void charge_sequenceIdsTheSdkMakes_areDistinct() throws Exception {
    for (int i = 0; i < 50; i++) {
      server.enqueue(ok("\"isPending\":false"));
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    try (KonaplateClient client = client()) {
      for (int i = 0; i < 50; i++) {
        ids.add(client.charges().fromBankAccount(charge().build()).sequenceId());
      }
    }
    assertEquals(50, ids.size());
  }

  @Test
  void charge_429ThenSuccess_keepsTheCallersSequenceIdOnEveryAttempt() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0")
        .setBody("{\"response\":{\"code\":\"999_429\"}}"));
    server.enqueue(ok("\"isPending\":false"));
    try (KonaplateClient client = client()) {
      ChargeResult r = client.charges().fromBankAccount(charge().sequenceId("MINE-0001").build());
      assertEquals("MINE-0001", r.sequenceId());
      assertEquals(2, r.attempts());
    }
    assertEquals("MINE-0001", body(server.takeRequest()).get("sequenceId").getAsString());
    assertEquals("MINE-0001", body(server.takeRequest()).get("sequenceId").getAsString());
  }

  @Test
  void charge_504ThenInquiryCompleted_isASuccessConfirmedByTheInquiry() throws Exception {
    server.enqueue(status(504));
    server.enqueue(ok("\"result\":\"COMPLETED\",\"nrNumber\":\"NR0000000000000009\""));
    ChargeResult r;
    try (KonaplateClient client = client()) {
      r = client.charges().fromBankAccount(charge().build());
    }
    assertTrue(r.confirmedByReadBack());
    assertFalse(r.isPending());
    assertEquals("NR0000000000000009", r.nrNumber());
    String sent = body(server.takeRequest()).get("sequenceId").getAsString();
    RecordedRequest inquiry = server.takeRequest();
    assertEquals(INQUIRY, inquiry.getPath());
    assertEquals(sent, body(inquiry).get("sequenceId").getAsString(), "asked by the same id");
    assertEquals(sent, r.sequenceId());
  }

  @Test
  void charge_timeoutThenInquiryPending_isThePendingResult() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(ok("\"result\":\"PENDING\""));
    try (KonaplateClient client = client()) {
      ChargeResult r = client.charges().fromBankAccount(charge().build());
      assertTrue(r.isPending());
      assertTrue(r.confirmedByReadBack());
    }
  }

  @Test
  void charge_500ThenInquiryFailed_isATypedFailureWithTheOutcomeKnown() throws Exception {
    server.enqueue(status(500));
    server.enqueue(ok("\"result\":\"FAILED\""));
    try (KonaplateClient client = client()) {
      OperationFailedException e = assertThrows(OperationFailedException.class,
          () -> client.charges().fromBankAccount(charge().sequenceId("MINE-0002").build()));
      assertFalse(e.outcomeUnknown());
      assertEquals("MINE-0002", e.sequenceId());
      assertTrue(e.getMessage().contains("MINE-0002"), e.getMessage());
    }
    assertEquals(1, requestsTo(CHARGE));
  }

  @Test
  void charge_504WhenTheInquiryCannotAnswer_isOutcomeUnknownWithTheSequenceId() throws Exception {
    server.enqueue(status(504));
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }
    try (KonaplateClient client = client()) {
      ServerException e = assertThrows(ServerException.class,
          () -> client.charges().fromBankAccount(charge().sequenceId("MINE-0003").build()));
      assertTrue(e.outcomeUnknown());
      assertEquals("MINE-0003", e.sequenceId(), "so the partner can ask later");
    }
    assertEquals(1, requestsTo(CHARGE), "a charge is sent once");
  }

  @Test
  void chargeAsync_504ThenCompleted_isConfirmed() throws Exception {
    server.enqueue(status(504));
    server.enqueue(ok("\"result\":\"COMPLETED\",\"nrNumber\":\"NR0000000000000010\""));
    try (KonaplateClient client = client()) {
      ChargeResult r = client.charges().fromBankAccountAsync(charge().build()).get();
      assertTrue(r.confirmedByReadBack());
      assertEquals("NR0000000000000010", r.nrNumber());
    }
  }

  @Test
  void payment_504_isOutcomeUnknownAfterOneRequestWithItsTransactionId() throws Exception {
    server.enqueue(status(504));
    try (KonaplateClient client = client()) {
      KonaplateException e = assertThrows(ServerException.class,
          () -> client.payments().pay(PaymentRequest.builder().oneTimeToken(TOKEN).dcvv("701")
              .amount(5000L).merchantId("410195430033901").channel("OPENAPI").build()));
      assertTrue(e.outcomeUnknown());
      assertEquals(20, e.sequenceId().length(), "the transactionId the SDK made");
      assertEquals(e.sequenceId(),
          body(server.takeRequest()).get("transactionId").getAsString());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void oneTimeToken_expiresThirtySecondsFromBeforeItWasAsked_orFiveMinutesForAtm()
      throws Exception {
    server.enqueue(new MockResponse().setBody(FakeJwe.body("{\"oneTimeToken\":\"" + TOKEN
        + "\",\"dcvv\":\"701\",\"response\":{\"code\":\"000_000\"}}")));
    server.enqueue(new MockResponse().setBody(FakeJwe.body("{\"oneTimeToken\":\"7000000000000002"
        + "\",\"dcvv\":\"702\",\"response\":{\"code\":\"000_000\"}}")));
    try (KonaplateClient client = client()) {
      IssueOneTimeTokenResult r = client.payments().issueOneTimeToken("9491330000003001");
      assertEquals(TestClients.T0.plusSeconds(30), r.expiresAt());
      assertEquals(TOKEN, r.oneTimeToken());
      IssueOneTimeTokenResult atm = client.payments().issueOneTimeToken(IssueOneTimeTokenRequest
          .builder().cardNo("9491330000003001").type("ATM").build());
      assertEquals(TestClients.T0.plus(Duration.ofMinutes(5)), atm.expiresAt());
      assertFalse(r.toString().contains(TOKEN), "a token is hidden: " + r);
    }
  }

  @Test
  void charge_withAnExpiredToken_isNeverSent() throws Exception {
    server.enqueue(new MockResponse().setBody(FakeJwe.body("{\"oneTimeToken\":\"" + TOKEN
        + "\",\"dcvv\":\"701\",\"response\":{\"code\":\"000_000\"}}")));
    try (KonaplateClient client = client()) {
      client.payments().issueOneTimeToken("9491330000003001");
      t.clock.advance(Duration.ofSeconds(31));
      OneTimeTokenExpiredException e = assertThrows(OneTimeTokenExpiredException.class,
          () -> client.charges().fromBankAccount(charge().build()));
      assertFalse(e.outcomeUnknown());
      assertEquals(30, e.sequenceId().length());
    }
    assertEquals(1, server.getRequestCount(), "only the token was asked for");
  }

  @Test
  void charge_whoseTokenExpiresWhileWaitingToRetry_isNotResent() throws Exception {
    server.enqueue(new MockResponse().setBody(FakeJwe.body("{\"oneTimeToken\":\"" + TOKEN
        + "\",\"dcvv\":\"701\",\"response\":{\"code\":\"000_000\"}}")));
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "20")
        .setBody("{\"response\":{\"code\":\"999_429\"}}"));
    try (KonaplateClient client = t.builder(server).encryption(new FakeJwe())
        .retryPolicy(RetryPolicy.builder().deadline(Duration.ofSeconds(60)).build()).build()) {
      client.payments().issueOneTimeToken("9491330000003001");
      t.clock.advance(Duration.ofSeconds(15));
      assertThrows(OneTimeTokenExpiredException.class,
          () -> client.charges().fromBankAccount(charge().build()));
    }
    assertEquals(2, server.getRequestCount(), "the token, and one charge: no resend at 35 s");
  }

  @Test
  void history_fetchesPagesOnlyAsTheyAreConsumed() throws Exception {
    for (int i = 0; i < 4; i++) {
      int page = i == 0 ? 0 : i - 1; // the first page twice: each iteration starts again
      server.enqueue(ok("\"pageResponse\":{\"page\":" + page + ",\"totalPages\":3,"
          + "\"numberOfElements\":2},\"transactionInfo\":[{\"nrNumber\":\"NR" + page + "A\"},"
          + "{\"nrNumber\":\"NR" + page + "B\"}]"));
    }
    ListCardTransactionsRequest request = ListCardTransactionsRequest.builder()
        .par("Q10000000000000000000003401").startDate("20261101").endDate("20261130")
        .pageRequest(PageRequest.builder().pageSize(2L).build()).build();
    try (KonaplateClient client = client()) {
      Paged<Transaction> history = client.transactions().history(request);
      assertEquals(0, server.getRequestCount(), "nothing is fetched before it is consumed");
      Iterator<Transaction> it = history.iterator();
      assertEquals("NR0A", it.next().nrNumber());
      assertEquals("NR0B", it.next().nrNumber());
      assertEquals(1, server.getRequestCount());
      List<String> all = history.stream().map(Transaction::nrNumber)
          .collect(Collectors.toList());
      assertEquals(List.of("NR0A", "NR0B", "NR1A", "NR1B", "NR2A", "NR2B"), all);
    }
    assertEquals(4, server.getRequestCount());
    for (int page = 0; page < 4; page++) {
      JsonObject sent = body(server.takeRequest());
      assertEquals(page == 0 ? 0 : page - 1,
          sent.getAsJsonObject("pageRequest").get("page").getAsInt());
      assertEquals(2, sent.getAsJsonObject("pageRequest").get("pageSize").getAsInt());
    }
  }
}
