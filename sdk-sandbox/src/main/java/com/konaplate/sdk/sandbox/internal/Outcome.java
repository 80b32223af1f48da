package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.Fault;

/**
 * What the engine decided for one request: the response, and the fault whose transport part
 * (dropping, delaying, stalling, truncating) the HTTP front end still has to carry out.
 */
public final class Outcome {
  private final EngineResponse response;
  private final Fault fault;

  Outcome(EngineResponse response, Fault fault) {
    this.response = response;
    this.fault = fault;
  }

  /** The response to send; null when the connection is dropped before processing. */
  public EngineResponse response() {
    return response;
  }

  /** The fault to carry out, or null. */
  public Fault fault() {
    return fault;
  }
}
