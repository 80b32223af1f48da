package com.konaplate.sdk;

import static com.konaplate.sdk.testing.TestClients.SUCCESS_PAR;
import static com.konaplate.sdk.testing.TestClients.SUCCESS_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.InvalidCardException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.ServerException;
import com.konaplate.sdk.model.ChangeCardStatusResult;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.testing.FakeJwe;
import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An ambiguous terminate, suspend or resume is settled by Search for Card within the call's
 * deadline: the effect visible is a success confirmed by read-back, absent lets the call go on,
 * and a read that cannot tell leaves it outcome-unknown.
 */
class ReadBackTest {
  private static final String SUCCESS = "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}";
  private static final String OTHER_PAR = "Q10000000000000000000009999";

  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();

  private KonaplateClient client() {
    return t.builder(server).encryption(new FakeJwe()).readTimeout(Duration.ofMillis(500)).build();
  }

  /** An encrypted Search for Card answer listing cards (par, status) pairs. */
  private static MockResponse cards(String... parsAndStatuses) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < parsAndStatuses.length; i += 2) {
      items.append(i == 0 ? "" : ",").append("{\"par\":\"").append(parsAndStatuses[i])
          .append("\",\"balance\":0,\"pendingAmount\":0,\"isNamed\":false,\"mobileCardStatus\":\"")
          .append(parsAndStatuses[i + 1]).append("\"}");
    }
    return new MockResponse().setBody(FakeJwe.body("{\"cardDataInfo\":[" + items
        + "],\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}"));
  }

  private static MockResponse status(int code) {
    return new MockResponse().setResponseCode(code).setBody("{\"response\":{\"code\":\"999_999\"}}");
  }

  @Test
  void terminate_504ThenCardGone_isConfirmedByReadingTheCardList() throws Exception {
    server.enqueue(status(504));
    server.enqueue(new MockResponse().setResponseCode(400)
        .setBody("{\"response\":{\"code\":\"001_047\",\"description\":\"Invalid card info\"}}"));
    server.enqueue(cards(OTHER_PAR, "ACTIVE"));
    TerminateCardResult r;
    try (KonaplateClient client = client()) {
      r = client.cards().terminate(SUCCESS_USER, SUCCESS_PAR);
    }
    assertTrue(r.confirmedByReadBack());
    assertEquals("000_000", r.code());
    assertEquals(2, r.attempts(), "the read-back is a call of its own");
    server.takeRequest();
    server.takeRequest();
    RecordedRequest search = server.takeRequest();
    assertEquals("/open-api/api/v1/user/card/list", search.getPath());
    assertEquals("{\"userId\":" + SUCCESS_USER + "}", search.getBody().readUtf8());
    assertTrue(r.toString().contains("confirmedByReadBack"), r.toString());
  }

  @Test
  void terminate_500ThenCardStillListed_isResentAndItsOwnAnswerCounts() throws Exception {
    server.enqueue(status(500));
    server.enqueue(cards(SUCCESS_PAR, "ACTIVE"));
    server.enqueue(new MockResponse().setBody(SUCCESS));
    TerminateCardResult r;
    try (KonaplateClient client = client()) {
      r = client.cards().terminate(SUCCESS_USER, SUCCESS_PAR);
    }
    assertFalse(r.confirmedByReadBack());
    assertEquals(200, r.httpStatus());
    assertEquals(2, r.attempts());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void terminate_500ThenCardStillListedAndNoAttemptLeft_staysOutcomeUnknown() {
    // The card is still listed now, but the first attempt may still be in flight and land
    // after the read: absence proves nothing final (the sandbox's fault suite showed the race).
    server.enqueue(status(500));
    server.enqueue(cards(SUCCESS_PAR, "ACTIVE"));
    try (KonaplateClient client = t.builder(server).encryption(new FakeJwe())
        .retryPolicy(RetryPolicy.builder().maxAttempts(1).build()).build()) {
      ServerException e = assertThrows(ServerException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertTrue(e.outcomeUnknown(), "an attempt in flight may still discard the card");
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void terminate_timeoutThenAbsentThenReplayRefusal_isSettledByASecondReadBack() {
    // The first attempt lands after the first read: the resend meets "card gone", and a second
    // read shows the card discarded.
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(cards(SUCCESS_PAR, "ACTIVE"));
    server.enqueue(new MockResponse().setResponseCode(400)
        .setBody("{\"response\":{\"code\":\"001_047\"}}"));
    server.enqueue(cards());
    TerminateCardResult r;
    try (KonaplateClient client = client()) {
      r = client.cards().terminate(SUCCESS_USER, SUCCESS_PAR);
    }
    assertTrue(r.confirmedByReadBack());
    assertEquals(2, r.attempts());
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void terminate_whenTheReadBackFailsToo_staysOutcomeUnknown() {
    server.enqueue(status(500));
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }
    try (KonaplateClient client = client()) {
      KonaplateException e = assertThrows(ServerException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertTrue(e.outcomeUnknown());
      assertEquals(500, e.httpStatus(), "the call's own failure is reported, not the read's");
    }
  }

  @Test
  void terminate_withReadBackOff_staysOutcomeUnknownAfterOneRequest() {
    server.enqueue(status(500));
    try (KonaplateClient client = t.builder(server).encryption(new FakeJwe())
        .retryPolicy(RetryPolicy.builder().readBack(false).build()).build()) {
      assertTrue(assertThrows(ServerException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR)).outcomeUnknown());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void suspend_afterATimeout_isConfirmedWhenTheCardShowsSuspended() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(cards(SUCCESS_PAR, "SUSPENDED"));
    ChangeCardStatusResult r;
    try (KonaplateClient client = client()) {
      r = client.cards().suspend(SUCCESS_USER, SUCCESS_PAR);
    }
    assertTrue(r.confirmedByReadBack());
  }

  @Test
  void resume_afterATimeout_whenTheCardIsStillSuspended_isResent() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(cards(SUCCESS_PAR, "SUSPENDED"));
    server.enqueue(new MockResponse().setBody(SUCCESS));
    ChangeCardStatusResult r;
    try (KonaplateClient client = client()) {
      r = client.cards().resume(SUCCESS_USER, SUCCESS_PAR);
    }
    assertFalse(r.confirmedByReadBack());
    assertEquals(2, r.attempts());
  }

  @Test
  void suspend_whenTheListShowsNoStatus_cannotTell_soOutcomeUnknown() {
    server.enqueue(status(500));
    server.enqueue(new MockResponse().setBody(FakeJwe.body("{\"cardDataInfo\":[{\"par\":\""
        + SUCCESS_PAR + "\",\"balance\":0,\"pendingAmount\":0,\"isNamed\":false}],"
        + "\"response\":{\"code\":\"000_000\"}}")));
    try (KonaplateClient client = client()) {
      assertTrue(assertThrows(ServerException.class,
          () -> client.cards().suspend(SUCCESS_USER, SUCCESS_PAR)).outcomeUnknown());
    }
  }

  @Test
  void terminate_async_isSettledTheSameWay() throws Exception {
    server.enqueue(status(504));
    server.enqueue(new MockResponse().setResponseCode(400)
        .setBody("{\"response\":{\"code\":\"001_047\"}}"));
    server.enqueue(cards());
    try (KonaplateClient client = client()) {
      assertTrue(client.cards().terminateAsync(SUCCESS_USER, SUCCESS_PAR)
          .get(10, java.util.concurrent.TimeUnit.SECONDS).confirmedByReadBack());
    }
  }

  @Test
  void aReplayRefusalWithoutAnEarlierAmbiguity_isReportedAsItself() {
    server.enqueue(new MockResponse().setResponseCode(400)
        .setBody("{\"response\":{\"code\":\"001_047\"}}"));
    try (KonaplateClient client = client()) {
      assertFalse(assertThrows(InvalidCardException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR)).outcomeUnknown());
    }
    assertEquals(1, server.getRequestCount(), "nothing to settle: no read-back");
  }
}
