package com.konaplate.sdk.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.internal.http.AttemptTag;
import com.konaplate.sdk.spec.ApiDescriptor;
import com.konaplate.sdk.spec.OperationDescriptor;
import java.io.IOException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The backstop of every call's deadline: it cancels what overruns, and rests when idle. */
class DeadlineWatchdogTest {
  private static final OperationDescriptor OP =
      ApiDescriptor.konaplate().operation("terminateCard");

  private final MockWebServer server = new MockWebServer();
  private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
  private final OkHttpClient http = new OkHttpClient.Builder()
      .readTimeout(20, TimeUnit.SECONDS).build();
  private final DeadlineWatchdog watchdog = new DeadlineWatchdog(() -> scheduler);

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    scheduler.shutdownNow();
    server.shutdown();
  }

  private Call call() {
    return http.newCall(new Request.Builder().url(server.url("/")).build());
  }

  @Test
  void anAttemptRunningPastItsDeadline_isCancelledAndMarked() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    AttemptTag tag = new AttemptTag("c", OP, 200);
    Call call = call();
    long start = System.nanoTime();
    try (DeadlineWatchdog.Watch watch = watchdog.watch(call, tag)) {
      assertThrows(IOException.class, call::execute);
    }
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(call.isCanceled());
    assertTrue(tag.deadlinePassed());
    assertTrue(tookMillis >= 190 && tookMillis < 2_000, "cut off near 200 ms: " + tookMillis);
  }

  @Test
  void anAttemptEndingInTime_isLeftAlone_andTheWatchdogComesToRest() throws Exception {
    server.enqueue(new MockResponse().setBody("ok"));
    AttemptTag tag = new AttemptTag("c", OP, 10_000);
    Call call = call();
    try (DeadlineWatchdog.Watch watch = watchdog.watch(call, tag)) {
      call.execute().close();
    }
    assertFalse(call.isCanceled());
    assertFalse(tag.deadlinePassed());
    // At rest: nothing queued, nothing running, and no sweep completed over four sweep periods.
    // (The queue alone looks empty for a moment whenever a sweep has been taken to run.)
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    long sweeps = -1;
    while (System.nanoTime() < until) {
      long completed = scheduler.getCompletedTaskCount();
      if (completed == sweeps && scheduler.getQueue().isEmpty()
          && scheduler.getActiveCount() == 0) {
        break;
      }
      sweeps = completed;
      Thread.sleep(100);
    }
    assertTrue(scheduler.getQueue().isEmpty(), "no sweep left scheduled once nothing runs");
    Thread.sleep(200);
    assertEquals(sweeps, scheduler.getCompletedTaskCount(), "at rest: no more wake-ups");
  }

  @Test
  void whenTheSchedulerRefuses_theAttemptFallsBackToOkHttpsCallTimeout() {
    scheduler.shutdownNow();
    Call call = call();
    try (DeadlineWatchdog.Watch watch = watchdog.watch(call, new AttemptTag("c", OP, 5_000))) {
      long timeout = call.timeout().timeoutNanos();
      assertTrue(timeout > 0 && timeout <= TimeUnit.SECONDS.toNanos(5), "call timeout " + timeout);
    }
  }
}
