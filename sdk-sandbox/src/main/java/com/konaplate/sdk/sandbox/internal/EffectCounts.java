package com.konaplate.sdk.sandbox.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * How many effects each operation applied, by key (a PAR, a cardApplyNo, a userId, a login
 * id). Not thread-safe: {@link FixtureState} guards it with its lock.
 */
final class EffectCounts {
  private final Map<String, Map<String, Integer>> effects =
      new HashMap<String, Map<String, Integer>>();

  void count(String operationId, String key) {
    Map<String, Integer> counts = effects.get(operationId);
    if (counts == null) {
      counts = new HashMap<String, Integer>();
      effects.put(operationId, counts);
    }
    Integer n = counts.get(key);
    counts.put(key, n == null ? 1 : n + 1);
  }

  int get(String operationId, String key) {
    Map<String, Integer> counts = effects.get(operationId);
    Integer n = counts == null ? null : counts.get(key);
    return n == null ? 0 : n;
  }

  /** A snapshot of the counts of {@code operationId}. */
  Map<String, Integer> snapshot(String operationId) {
    Map<String, Integer> counts = effects.get(operationId);
    return counts == null ? Collections.<String, Integer>emptyMap()
        : Collections.unmodifiableMap(new HashMap<String, Integer>(counts));
  }

  void clear() {
    effects.clear();
  }
}
