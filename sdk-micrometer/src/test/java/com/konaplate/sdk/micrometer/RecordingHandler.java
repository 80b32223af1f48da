package com.konaplate.sdk.micrometer;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what a meter or tracing handler would see: stopped observations and their events. */
final class RecordingHandler implements ObservationHandler<Observation.Context> {
  final List<Stopped> stopped = new CopyOnWriteArrayList<>();
  private final Map<Observation.Context, List<String>> events = new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public void onEvent(Observation.Event event, Observation.Context context) {
    events.computeIfAbsent(context, c -> new CopyOnWriteArrayList<>()).add(event.getName());
  }

  @Override
  public void onStop(Observation.Context context) {
    stopped.add(new Stopped(context, events.getOrDefault(context, new ArrayList<>())));
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return true;
  }

  Stopped only(String operation) {
    List<Stopped> matching = new ArrayList<>();
    for (Stopped s : stopped) {
      if (operation.equals(s.low.get("konaplate.operation"))) {
        matching.add(s);
      }
    }
    if (matching.size() != 1) {
      throw new AssertionError("expected one observation of " + operation + ", got " + stopped);
    }
    return matching.get(0);
  }

  /** A stopped observation, as handlers see it at the stop. */
  static final class Stopped {
    final Observation.Context context;
    final String name;
    final String contextualName;
    final Map<String, String> low = new LinkedHashMap<>();
    final Map<String, String> high = new LinkedHashMap<>();
    final List<String> events;
    final Observation.Context parent;

    Stopped(Observation.Context context, List<String> events) {
      this.context = context;
      this.name = context.getName();
      this.contextualName = context.getContextualName();
      for (KeyValue kv : context.getLowCardinalityKeyValues()) {
        low.put(kv.getKey(), kv.getValue());
      }
      for (KeyValue kv : context.getHighCardinalityKeyValues()) {
        high.put(kv.getKey(), kv.getValue());
      }
      this.events = events;
      this.parent = context.getParentObservation() == null ? null
          : context.getParentObservation().getContextView() instanceof Observation.Context
              ? (Observation.Context) context.getParentObservation().getContextView() : null;
    }

    @Override
    public String toString() {
      return name + low + high + events;
    }
  }
}
