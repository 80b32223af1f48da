package com.konaplate.sdk.sandbox.resilience;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.model.RegisterMemberRequest;
import com.konaplate.sdk.model.RegisterMemberResult;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Registration (unsafe, encrypted both ways) under faults before and after the effect: never
 * resent blindly; an ambiguous registration is settled by Member by CI (registered, with the
 * member's id; not registered, then tried again; or outcome-unknown). Proves that no member is
 * registered twice, that every success names the member the sandbox registered, and that no
 * outcome is reported wrongly; prints how many ambiguous registrations the read-back settled.
 */
class MemberFaultInjectionTest {
  private static final int CALLS =
      Math.max(1_000, Integer.getInteger("konaplate.faultSuite.calls", 10_000) / 5);
  private static final long SEED = Long.getLong("konaplate.faultSuite.seed", 20261125L) + 10;
  private static final RetryPolicy POLICY = FaultSuite.POLICY;
  private static final Fault[] FAULTS = {
      Fault.rateLimited(0), Fault.serverError(500), Fault.serverError(503),
      Fault.serverError(504), Fault.serverErrorAfterEffect(500),
      Fault.serverErrorAfterEffect(504), Fault.notJson(), Fault.dropBeforeRequest(),
      Fault.dropAfterRequest(), Fault.delay(Duration.ofMillis(400)), Fault.truncatedBody(),
      Fault.tamperedJwe(),
  };

  static String loginId(int i) {
    return String.format("fs%06d@example.com", i);
  }

  static String ci(int i) {
    return String.format("CIFS%06d", i) + "A".repeat(78);
  }

  @Test
  void unsafe_registrationsUnderFaults_areNeverDoubledAndSettledOrOutcomeUnknown()
      throws Exception {
    Map<Integer, Long> userIds = new ConcurrentHashMap<>();
    RefusingSocketFactory sockets = new RefusingSocketFactory(SEED, 0.3);
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder()
            .maxRecordedRequests(CALLS * 8).effectsInArrivalOrder(false).threads(64).start();
        KonaplateClient client = FaultSuite.faultTolerantClient(sandbox, sockets).build()) {
      FaultSuite.Driver register = new FaultSuite.Driver() {
        @Override
        public int call(KonaplateClient c, int i, boolean async) throws Exception {
          RegisterMemberRequest request = RegisterMemberRequest.builder().ci(ci(i))
              .loginId(loginId(i)).loginPassword("258036").birthDate("19920315")
              .nationality("Korean").gender("Female").userName("회원" + i).build();
          RegisterMemberResult r = async
              ? c.members().registerAsync(request).get(30, TimeUnit.SECONDS)
              : c.members().register(request);
          userIds.put(i, r.userId());
          return r.attempts();
        }

        @Override
        public boolean read() {
          return false;
        }

        @Override
        public boolean applied(KonaplateSandbox s, int i) {
          Long reported = userIds.get(i);
          Long registered = s.memberId(loginId(i)).orElse(null);
          // A success must name the member the sandbox registered for this login id.
          return registered != null && (reported == null || reported.equals(registered));
        }

        @Override
        public int repeats(KonaplateSandbox s, int i, List<RecordedRequest> requests) {
          return Math.max(0, s.registrationCount(loginId(i)) - 1);
        }

        @Override
        public String key(int i) {
          return loginId(i);
        }
      };
      FaultSuite.run("FAULT SUITE unsafe (registration, encrypted, read-back by CI)", sandbox,
          client, sockets, CALLS, SEED, 0.25, FAULTS, POLICY.maxAttempts(),
          List.of("258036", "19920315"), register);
    }
  }
}
