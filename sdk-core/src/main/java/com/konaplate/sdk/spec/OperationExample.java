package com.konaplate.sdk.spec;

/**
 * A documented case of an operation: an example request of openapi.yaml and, when the spec gives
 * one under the same name, the answer it gets.
 */
public final class OperationExample {
  private final String name;
  private final String summary;
  private final String requestJson;
  private final int httpStatus;
  private final String responseJson;

  OperationExample(String name, String summary, String requestJson, int httpStatus,
      String responseJson) {
    this.name = name;
    this.summary = summary;
    this.requestJson = requestJson;
    this.httpStatus = httpStatus;
    this.responseJson = responseJson;
  }

  /** The example's name in the spec, e.g. {@code balanceLeft}. */
  public String name() {
    return name;
  }

  /** The case as the docs title it, e.g. {@code 400 - If there is balance left on the card}. */
  public String summary() {
    return summary;
  }

  /** The request body, as JSON. */
  public String requestJson() {
    return requestJson;
  }

  /** The HTTP status of the documented answer, or 0 when the spec gives none. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The documented answer, as JSON, or null. */
  public String responseJson() {
    return responseJson;
  }

  @Override
  public String toString() {
    return name + " (" + summary + ")";
  }
}
