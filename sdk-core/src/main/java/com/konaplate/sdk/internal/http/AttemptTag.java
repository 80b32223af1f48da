package com.konaplate.sdk.internal.http;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Travels with one HTTP attempt as an OkHttp request tag: what the interceptors need to know
 * about the call, and whether the request left this client.
 */
public final class AttemptTag {
  private final String correlationId;
  private final OperationSpec operation;
  private final AtomicBoolean dispatched = new AtomicBoolean();

  /** Creates the tag of one attempt of a call. */
  public AttemptTag(String correlationId, OperationSpec operation) {
    this.correlationId = correlationId;
    this.operation = operation;
  }

  /** The correlation id shared by all attempts of the call. */
  public String correlationId() {
    return correlationId;
  }

  /** The operation being called. */
  public OperationSpec operation() {
    return operation;
  }

  /**
   * True once a connection was established and the request handed to it: from then on the
   * server may have received it, so a failure leaves the outcome unknown.
   */
  public boolean dispatched() {
    return dispatched.get();
  }

  void markDispatched() {
    dispatched.set(true);
  }
}
