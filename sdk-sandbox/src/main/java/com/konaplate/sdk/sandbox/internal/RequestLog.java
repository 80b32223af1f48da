package com.konaplate.sdk.sandbox.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The most recent exchanges, oldest dropped first beyond the capacity. Thread-safe. */
public final class RequestLog {
  private final int capacity;
  private final ArrayDeque<RecordedExchange> entries = new ArrayDeque<RecordedExchange>(); // guarded
  private long total; // guarded by entries
  private final Map<String, Long> perOperation = new HashMap<String, Long>(); // guarded

  RequestLog(int capacity) {
    this.capacity = capacity;
  }

  void add(RecordedExchange e) {
    synchronized (entries) {
      if (e.operationId != null) {
        Long n = perOperation.get(e.operationId);
        perOperation.put(e.operationId, n == null ? 1L : n + 1);
      }
      if (capacity == 0) {
        total++;
        return;
      }
      if (entries.size() == capacity) {
        entries.removeFirst();
      }
      entries.addLast(e);
      total++;
    }
  }

  /** A snapshot, oldest first. */
  public List<RecordedExchange> snapshot() {
    synchronized (entries) {
      return new ArrayList<RecordedExchange>(entries);
    }
  }

  /** How many requests arrived since the last clear, including those no longer kept. */
  public long total() {
    synchronized (entries) {
      return total;
    }
  }

  /** How many requests of {@code operationId} arrived since the last clear. */
  public long total(String operationId) {
    synchronized (entries) {
      Long n = perOperation.get(operationId);
      return n == null ? 0 : n;
    }
  }

  /** Forgets every entry and resets the totals. */
  public void clear() {
    synchronized (entries) {
      entries.clear();
      perOperation.clear();
      total = 0;
    }
  }
}
