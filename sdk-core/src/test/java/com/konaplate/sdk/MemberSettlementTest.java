package com.konaplate.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.ServerException;
import com.konaplate.sdk.exception.UserAlreadyExistsException;
import com.konaplate.sdk.model.RegisterMemberRequest;
import com.konaplate.sdk.model.RegisterMemberResult;
import com.konaplate.sdk.model.UnregisterMemberResult;
import com.konaplate.sdk.testing.FakeJwe;
import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Registration is unsafe: an ambiguous one is never resent blindly but settled by Member by CI
 * (registered, with the userId the read gives; not registered, then tried again; or
 * outcome-unknown). A withdrawal is convergent and settled by Search for Member Information,
 * whose refusal {@code 001_006} shows the member gone.
 */
class MemberSettlementTest {
  private static final String CI = "CINew00001" + repeat('A', 78);
  private static final String REGISTRATION = "/open-api/api/v1/user/registration";
  private static final String BY_CI = "/open-api/api/v1/user/ci/info";
  private static final long USER = 100000000101L;

  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();

  private static String repeat(char c, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(c);
    }
    return sb.toString();
  }

  private KonaplateClient client() {
    return t.builder(server).encryption(new FakeJwe()).readTimeout(Duration.ofMillis(500)).build();
  }

  private static RegisterMemberRequest.Builder registration() {
    return RegisterMemberRequest.builder().loginId("new.member@example.com")
        .loginPassword("246810").birthDate("19900101").nationality("Korean").gender("Female")
        .userName("홍길순");
  }

  private static MockResponse encrypted(String json) {
    return new MockResponse().setBody(FakeJwe.body(json));
  }

  private static MockResponse refusal(String code) {
    return new MockResponse().setResponseCode(400)
        .setBody("{\"response\":{\"code\":\"" + code + "\",\"description\":\"refused\"}}");
  }

  private static MockResponse status(int code) {
    return new MockResponse().setResponseCode(code).setBody("{\"response\":{\"code\":\"999_999\"}}");
  }

  private static MockResponse found(long userId) {
    return new MockResponse().setBody("{\"userId\":\"" + userId
        + "\",\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}");
  }

  private int requestsTo(String path) throws InterruptedException {
    int n = 0;
    int total = server.getRequestCount();
    for (int i = 0; i < total; i++) {
      RecordedRequest r = server.takeRequest();
      if (path.equals(r.getPath())) {
        n++;
      }
    }
    return n;
  }

  @Test
  void register_504ThenMemberFoundByCi_isConfirmedWithTheUserIdTheReadGives() throws Exception {
    server.enqueue(status(504));
    server.enqueue(found(USER));
    RegisterMemberResult r;
    try (KonaplateClient client = client()) {
      r = client.members().register(registration().ci(CI).build());
    }
    assertTrue(r.confirmedByReadBack());
    assertEquals(USER, r.userId());
    assertNull(r.basicCardInfo(), "Member by CI does not give the card");
    assertEquals(1, r.attempts());
    server.takeRequest();
    RecordedRequest read = server.takeRequest();
    assertEquals(BY_CI, read.getPath());
    assertEquals("{\"ci\":\"" + CI + "\"}", FakeJwe.plaintext(read.getBody().readUtf8()),
        "the read-back carries the CI, encrypted as the registration was");
  }

  @Test
  void register_504ThenNoSuchMember_isTriedAgainAndItsOwnAnswerCounts() throws Exception {
    server.enqueue(status(504));
    server.enqueue(refusal("001_006"));
    server.enqueue(encrypted("{\"userId\":" + USER + ",\"basicCardInfo\":{\"par\":"
        + "\"Q10000000000000000000010101\",\"cardNo\":\"9491330000010101\",\"expiryDate\":"
        + "\"311231\",\"serviceId\":\"000170000002000\"},\"response\":{\"code\":\"000_000\"}}"));
    RegisterMemberResult r;
    try (KonaplateClient client = client()) {
      r = client.members().register(registration().ci(CI).build());
    }
    assertFalse(r.confirmedByReadBack());
    assertEquals(USER, r.userId());
    assertEquals("Q10000000000000000000010101", r.basicCardInfo().par());
    assertEquals(2, r.attempts());
    assertEquals(2, requestsTo(REGISTRATION));
  }

  @Test
  void register_timeoutThenAbsentThenDuplicate_isSettledByASecondReadBack() throws Exception {
    // The first attempt lands after the first read: the resend meets "user already exists",
    // which a replay of this very registration would produce, and a second read finds the member.
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(refusal("001_006"));
    server.enqueue(refusal("001_001"));
    server.enqueue(found(USER));
    RegisterMemberResult r;
    try (KonaplateClient client = client()) {
      r = client.members().register(registration().ci(CI).build());
    }
    assertTrue(r.confirmedByReadBack());
    assertEquals(USER, r.userId());
    assertEquals(2, r.attempts());
    assertEquals(2, requestsTo(REGISTRATION));
  }

  @Test
  void register_duplicateWithoutAnEarlierAmbiguity_isARefusal() throws Exception {
    server.enqueue(refusal("001_001"));
    try (KonaplateClient client = client()) {
      UserAlreadyExistsException e = assertThrows(UserAlreadyExistsException.class,
          () -> client.members().register(registration().ci(CI).build()));
      assertFalse(e.outcomeUnknown());
    }
    assertEquals(1, server.getRequestCount(), "no read-back: the refusal is the truth");
  }

  @Test
  void register_504WhenTheReadCannotTell_isOutcomeUnknownAfterOneRegistration() throws Exception {
    server.enqueue(status(504));
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }
    try (KonaplateClient client = client()) {
      ServerException e = assertThrows(ServerException.class,
          () -> client.members().register(registration().ci(CI).build()));
      assertTrue(e.outcomeUnknown());
      assertEquals(504, e.httpStatus(), "the registration's own failure is reported");
    }
    assertEquals(1, requestsTo(REGISTRATION), "an unsafe write is sent once");
  }

  @Test
  void register_504WithoutCi_cannotBeReadBackAndIsOutcomeUnknown() throws Exception {
    server.enqueue(status(504));
    try (KonaplateClient client = client()) {
      ServerException e = assertThrows(ServerException.class,
          () -> client.members().register(registration().build()));
      assertTrue(e.outcomeUnknown());
    }
    assertEquals(1, server.getRequestCount(), "no CI, no read that can tell");
  }

  @Test
  void register_absentButNoAttemptLeft_staysOutcomeUnknown() throws Exception {
    server.enqueue(status(500));
    server.enqueue(refusal("001_006"));
    try (KonaplateClient client = t.builder(server).encryption(new FakeJwe())
        .retryPolicy(RetryPolicy.builder().maxAttempts(1).build()).build()) {
      KonaplateException e = assertThrows(ServerException.class,
          () -> client.members().register(registration().ci(CI).build()));
      assertTrue(e.outcomeUnknown(), "the first attempt may still land");
    }
    assertEquals(1, requestsTo(REGISTRATION));
  }

  @Test
  void registerAsync_504ThenFound_isConfirmed() throws Exception {
    server.enqueue(status(504));
    server.enqueue(found(USER));
    try (KonaplateClient client = client()) {
      RegisterMemberResult r = client.members().registerAsync(registration().ci(CI).build())
          .get();
      assertTrue(r.confirmedByReadBack());
      assertEquals(USER, r.userId());
    }
  }

  @Test
  void registerAsync_504WhenTheReadCannotTell_failsOutcomeUnknown() throws Exception {
    server.enqueue(status(504));
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }
    try (KonaplateClient client = client()) {
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> client.members().registerAsync(registration().ci(CI).build()).get());
      assertTrue(((KonaplateException) e.getCause()).outcomeUnknown());
    }
    assertEquals(1, requestsTo(REGISTRATION));
  }

  @Test
  void verifyPassword_504_isNeverResentBecauseEveryTryCountsTowardTheLockOut() throws Exception {
    server.enqueue(status(504));
    try (KonaplateClient client = client()) {
      ServerException e = assertThrows(ServerException.class,
          () -> client.members().verifyPassword("kona.kim@example.com", "135790"));
      assertTrue(e.outcomeUnknown());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void unregister_500ThenMemberNotFound_isConfirmedByReadBack() throws Exception {
    server.enqueue(status(500));
    server.enqueue(refusal("001_006"));
    UnregisterMemberResult r;
    try (KonaplateClient client = client()) {
      r = client.members().unregister(100000000020L);
    }
    assertTrue(r.confirmedByReadBack());
    server.takeRequest();
    assertEquals("/open-api/api/v1/user/info", server.takeRequest().getPath());
  }

  @Test
  void unregister_504ResentThenMemberNotFound_isSettledAsTheReplayOfItsOwnEffect()
      throws Exception {
    // A gateway 504 is resent (convergent); "no such member" after it may be this withdrawal's
    // own effect, so Search for Member Information decides.
    server.enqueue(status(504));
    server.enqueue(refusal("001_006"));
    server.enqueue(refusal("001_006"));
    UnregisterMemberResult r;
    try (KonaplateClient client = client()) {
      r = client.members().unregister(100000000020L);
    }
    assertTrue(r.confirmedByReadBack());
    assertEquals(2, r.attempts());
  }

  @Test
  void unregister_500ThenMemberStillThere_isResent() throws Exception {
    server.enqueue(status(500));
    server.enqueue(encrypted("{\"userInfo\":{\"aspId\":\"ASP000000000001\",\"userId\":100000000020,"
        + "\"birthDate\":\"19900101\",\"ci\":\"" + CI + "\",\"loginId\":\"a@example.com\","
        + "\"nationality\":\"Korean\",\"gender\":\"Male\",\"mobileNumber\":\"01000000000\","
        + "\"userName\":\"kim\",\"email\":\"a@example.com\"},\"response\":{\"code\":\"000_000\"}}"));
    server.enqueue(new MockResponse().setBody("{\"response\":{\"code\":\"000_000\"}}"));
    UnregisterMemberResult r;
    try (KonaplateClient client = client()) {
      r = client.members().unregister(100000000020L);
    }
    assertFalse(r.confirmedByReadBack());
    assertEquals(2, r.attempts());
    assertEquals(3, server.getRequestCount());
  }
}
