package com.konaplate.sdk.internal.http;

import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Builds the HTTP requests of one operation: the URL is resolved and the fixed headers are made
 * once, so a call adds only its body. The generated {@code ApiClient} is not on this path: per
 * call its {@code buildRequest} compiled three MIME regular expressions, built the URL string
 * twice and parsed it as a URI, serialized the body through a Gson tree and copied it into a
 * String for an authentication hook this SDK does not use. In the benchmarks (benchmarks/) that
 * was about half of the SDK's own CPU time and two thirds of its allocation per plaintext call.
 * Immutable and thread-safe.
 */
public final class OperationRequests {
  private final OperationSpec operation;
  private final HttpUrl url;
  private final Headers headers;

  /**
   * Requests of {@code operation} below {@code baseUrl} (joined as the generated client joined
   * them: base URL without its trailing slash, then the spec's path).
   */
  public OperationRequests(HttpUrl baseUrl, OperationSpec operation, String userAgent) {
    String base = baseUrl.toString();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    this.operation = operation;
    this.url = HttpUrl.get(base + operation.path());
    this.headers = Headers.of("Accept", "application/json", "User-Agent", userAgent);
  }

  /** The operation's request carrying {@code jsonBody}, which is sent as is (not copied). */
  public Request request(byte[] jsonBody) {
    return new Request.Builder()
        .url(url)
        .headers(headers)
        .method(operation.method(), new JsonBody(jsonBody))
        .build();
  }
}
