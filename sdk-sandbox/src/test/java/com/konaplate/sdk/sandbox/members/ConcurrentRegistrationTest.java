package com.konaplate.sdk.sandbox.members;

import static com.konaplate.sdk.sandbox.members.MemberData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.UserAlreadyExistsException;
import com.konaplate.sdk.model.RegisterMemberResult;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import com.konaplate.sdk.sandbox.MemberState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/** Concurrent registrations of one login id register exactly one member. */
@KonaplateSandboxTest
class ConcurrentRegistrationTest {
  private static final int THREADS = 8;

  @RepeatedTest(3)
  void concurrentRegistrationsOfOneLoginId_registerExactlyOneMember(KonaplateSandbox sandbox,
      KonaplateClient client) throws Exception {
    int active = sandbox.memberCount(MemberState.ACTIVE);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Long>> results = new ArrayList<>();
    try {
      for (int i = 0; i < THREADS; i++) {
        final String ci = ci("CIRace" + i); // a distinct CI each: only the login id collides
        results.add(pool.submit((Callable<Long>) () -> {
          start.await();
          try {
            RegisterMemberResult r = client.members().register(newMember("race@example.com", ci));
            return r.userId();
          } catch (UserAlreadyExistsException e) {
            return -1L;
          }
        }));
      }
      start.countDown();
      Set<Long> registered = new HashSet<>();
      int refused = 0;
      for (Future<Long> f : results) {
        long userId = f.get(30, TimeUnit.SECONDS);
        if (userId < 0) {
          refused++;
        } else {
          registered.add(userId);
        }
      }
      assertEquals(1, registered.size(), "exactly one registration succeeded");
      assertEquals(THREADS - 1, refused, "the others are refused 001_001");
      assertTrue(registered.contains(FIRST_REGISTERED));
      assertEquals(1, sandbox.registrationCount("race@example.com"));
      assertEquals(active + 1, sandbox.memberCount(MemberState.ACTIVE));
      assertEquals(THREADS, sandbox.requestCount("registerMember"), "one request each");
    } finally {
      pool.shutdownNow();
    }
  }
}
