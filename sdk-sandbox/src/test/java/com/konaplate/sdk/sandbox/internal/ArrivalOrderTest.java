package com.konaplate.sdk.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Requests take effect in the order the server dispatched them. */
class ArrivalOrderTest {

  @Test
  void aLaterRequest_waitsForTheEarlierOnes_thenGoes() throws Exception {
    ArrivalOrder order = new ArrivalOrder(10_000);
    long first = order.issue();
    long second = order.issue();
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
      started.countDown();
      order.awaitTurn(second);
    });
    started.await();
    Thread.sleep(100);
    assertFalse(later.isDone(), "the second waits for the first");
    order.release(first);
    later.get(5, TimeUnit.SECONDS);
    order.awaitTurn(first); // released: nothing before it
    order.release(second);
    order.release(second); // idempotent
  }

  @Test
  void aRequestWithoutTicket_andTheFirstOne_neverWait() {
    ArrivalOrder order = new ArrivalOrder(10_000);
    long first = order.issue();
    order.issue();
    order.awaitTurn(-1);
    order.awaitTurn(first);
  }

  @Test
  void aStalledEarlierRequest_delaysTheOthers_onlyUpToTheLongestWait() {
    ArrivalOrder order = new ArrivalOrder(200);
    order.issue(); // never released
    long second = order.issue();
    long t0 = System.nanoTime();
    order.awaitTurn(second);
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    assertTrue(ms >= 150 && ms < 5_000, ms + " ms");
    assertEquals(2000, ArrivalOrder.MAX_WAIT_MILLIS);
  }
}
