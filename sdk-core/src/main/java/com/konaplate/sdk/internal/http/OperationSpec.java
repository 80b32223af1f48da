package com.konaplate.sdk.internal.http;

/** One operation of openapi.yaml with its encryption flags. Immutable. */
public final class OperationSpec {
  private final String operationId;
  private final String method;
  private final String path;
  private final boolean encryptRequest;
  private final boolean encryptResponse;

  /** Creates an operation; called by the generated catalog. */
  public OperationSpec(String operationId, String method, String path, boolean encryptRequest,
      boolean encryptResponse) {
    this.operationId = operationId;
    this.method = method;
    this.path = path;
    this.encryptRequest = encryptRequest;
    this.encryptResponse = encryptResponse;
  }

  /** The operationId of the spec. */
  public String operationId() {
    return operationId;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The path below the base URL. */
  public String path() {
    return path;
  }

  /** True when the docs flag the request for encryption. */
  public boolean encryptRequest() {
    return encryptRequest;
  }

  /** True when the docs flag the response for encryption. */
  public boolean encryptResponse() {
    return encryptResponse;
  }
}
