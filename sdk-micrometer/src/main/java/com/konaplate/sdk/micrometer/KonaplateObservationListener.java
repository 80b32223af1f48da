package com.konaplate.sdk.micrometer;

import com.konaplate.sdk.CallEvent;
import com.konaplate.sdk.KonaplateListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link KonaplateListener} that records one Micrometer {@link Observation} per call: started
 * by the call's first attempt, stopped when it succeeds or fails, with retries
 * ({@code konaplate.retry}) and read-back verdicts ({@code konaplate.read-back.visible},
 * {@code .absent}, {@code .pending}, {@code .failed}, {@code .unknown}) as events. Keys and names come from the
 * {@link DefaultKonaplateObservationConvention} unless another convention is given.
 *
 * <pre>{@code
 * KonaplateClient client = KonaplateClient.builder()
 *     ./* credentials *&#47;
 *     .listener(KonaplateObservationListener.create(observationRegistry))
 *     .build();
 * }</pre>
 *
 * <p>The observation's parent is the observation current on the thread that starts the call,
 * for synchronous and asynchronous calls alike: the SDK sends an async call's first attempt
 * from the caller's thread, so a {@code cards().terminateAsync(..)} made inside a traced request
 * is a child of that request. Thread-safe; events of one call are matched by its correlation id,
 * which KONA PLATE requires to be unique per call. A read-back is a call of its own with an
 * observation of its own.
 */
public final class KonaplateObservationListener implements KonaplateListener {
  private static final String RETRY_EVENT = "konaplate.retry";
  private static final String READ_BACK_EVENT = "konaplate.read-back.";
  /**
   * Calls observed at once, at most. The SDK reports the end of every call (an async call its
   * caller cancelled ends {@code cancelled}, or {@code outcome-unknown} for a write already
   * sent); this bound only guards against ends that never arrive (another listener of a
   * composite that threw first, a call started but lost): past it, new calls go unobserved
   * rather than let leftovers grow without bound.
   */
  static final int MAX_CALLS_IN_FLIGHT = 10_000;

  private final ObservationRegistry registry;
  private final KonaplateObservationConvention customConvention;
  private final KonaplateObservationConvention defaultConvention =
      new DefaultKonaplateObservationConvention();
  /** The observations of the calls in flight, by correlation id. */
  private final Map<String, InFlight> calls = new ConcurrentHashMap<>();

  private KonaplateObservationListener(ObservationRegistry registry,
      KonaplateObservationConvention customConvention) {
    this.registry = registry;
    this.customConvention = customConvention;
  }

  /** A listener recording into {@code registry} with the default convention. */
  public static KonaplateObservationListener create(ObservationRegistry registry) {
    return create(registry, null);
  }

  /**
   * A listener recording into {@code registry}; {@code convention} (may be null for the
   * default) names the observation and its keys.
   */
  public static KonaplateObservationListener create(ObservationRegistry registry,
      KonaplateObservationConvention convention) {
    if (registry == null) {
      throw new NullPointerException("registry == null");
    }
    return new KonaplateObservationListener(registry, convention);
  }

  /** The number of calls whose observation is started and not yet stopped (at most 10,000). */
  public int callsInFlight() {
    return calls.size();
  }

  @Override
  public void requestSent(CallEvent event) {
    InFlight call = calls.get(key(event));
    if (call == null) {
      start(event);
    } else {
      call.context.update(event);
    }
  }

  @Override
  public void responseReceived(CallEvent event) {
    InFlight call = calls.get(key(event));
    if (call != null) {
      call.context.update(event);
    }
  }

  @Override
  public void retryScheduled(CallEvent event) {
    InFlight call = calls.get(key(event));
    if (call != null) {
      call.context.update(event);
      call.observation.event(Observation.Event.of(RETRY_EVENT, "retry"));
    }
  }

  @Override
  public void readBackSettled(CallEvent event) {
    InFlight call = calls.get(key(event));
    if (call != null) {
      String verdict = verdict(event.reason());
      call.observation.event(Observation.Event.of(READ_BACK_EVENT + verdict, "read-back " + verdict));
    }
  }

  @Override
  public void callSucceeded(CallEvent event) {
    InFlight call = calls.remove(key(event));
    if (call != null) {
      call.context.end(event, CallOutcome.SUCCESS);
      call.observation.stop();
    }
  }

  @Override
  public void callFailed(CallEvent event) {
    InFlight call = calls.remove(key(event));
    if (call == null) {
      // Failed before any attempt (e.g. the deadline passed first): an observation of its own.
      call = start(event);
      if (call == null) {
        return;
      }
      calls.remove(key(event));
    }
    call.context.end(event, event.exception() == null ? CallOutcome.FAILED
        : CallOutcome.of(event.exception()));
    if (event.exception() != null) {
      call.observation.error(event.exception());
    }
    call.observation.stop();
  }

  private InFlight start(CallEvent event) {
    if (calls.size() >= MAX_CALLS_IN_FLIGHT) {
      return null;
    }
    KonaplateObservationContext context = new KonaplateObservationContext(event);
    Observation observation = Observation.createNotStarted(customConvention, defaultConvention,
        () -> context, registry);
    if (observation.isNoop()) {
      return null;
    }
    observation.parentObservation(registry.getCurrentObservation()).start();
    InFlight call = new InFlight(observation, context);
    calls.put(key(event), call);
    return call;
  }

  private static String key(CallEvent event) {
    return String.valueOf(event.correlationId());
  }

  /** One of the verdicts the SDK reports; anything else is reported as unknown. */
  private static String verdict(String reason) {
    if ("visible".equals(reason) || "absent".equals(reason) || "pending".equals(reason)
        || "failed".equals(reason)) {
      return reason;
    }
    return "unknown";
  }

  @Override
  public String toString() {
    return "KonaplateObservationListener{callsInFlight=" + calls.size() + '}';
  }

  private static final class InFlight {
    final Observation observation;
    final KonaplateObservationContext context;

    InFlight(Observation observation, KonaplateObservationContext context) {
      this.observation = observation;
      this.context = context;
    }
  }
}
