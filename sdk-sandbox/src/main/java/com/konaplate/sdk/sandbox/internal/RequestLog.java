package com.konaplate.sdk.sandbox.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** The most recent exchanges, oldest dropped first beyond the capacity. Thread-safe. */
public final class RequestLog {
  private final int capacity;
  private final ArrayDeque<RecordedExchange> entries = new ArrayDeque<RecordedExchange>(); // guarded
  private long total; // guarded by entries

  RequestLog(int capacity) {
    this.capacity = capacity;
  }

  void add(RecordedExchange e) {
    synchronized (entries) {
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

  /** Forgets every entry and resets the total. */
  public void clear() {
    synchronized (entries) {
      entries.clear();
      total = 0;
    }
  }
}
