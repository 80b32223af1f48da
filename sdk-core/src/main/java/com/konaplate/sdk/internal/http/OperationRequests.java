package com.konaplate.sdk.internal.http;

import com.konaplate.sdk.spec.OperationDescriptor;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Builds the HTTP requests of one operation: the URL is resolved and the fixed headers are made
 * once, so an attempt adds only its body and its tag, in a single Request build. The generated {@code ApiClient} is not on this path: per
 * call its {@code buildRequest} compiled three MIME regular expressions, built the URL string
 * twice and parsed it as a URI, serialized the body through a Gson tree and copied it into a
 * String for an authentication hook this SDK does not use. In the benchmarks (benchmarks/) that
 * was about half of the SDK's own CPU time and two thirds of its allocation per plaintext call.
 * Immutable and thread-safe.
 */
public final class OperationRequests {
  private final OperationDescriptor operation;
  private final HttpUrl url;
  private final Headers headers;

  /**
   * Requests of {@code operation} below {@code baseUrl} (joined as the generated client joined
   * them: base URL without its trailing slash, then the spec's path).
   */
  public OperationRequests(HttpUrl baseUrl, OperationDescriptor operation, String userAgent) {
    String base = baseUrl.toString();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    this.operation = operation;
    this.url = HttpUrl.get(base + operation.path());
    this.headers = Headers.of("Accept", "application/json", "User-Agent", userAgent);
  }

  /** The operation these requests are for. */
  public OperationDescriptor operation() {
    return operation;
  }

  /**
   * The request of one attempt: the operation's URL and headers and {@code body} (shared by all
   * attempts of a call, never copied), built in one go. The attempt itself is found from its
   * call ({@link InFlightAttempts}), not carried as a tag.
   */
  public Request attempt(JsonBody body) {
    return new Request.Builder()
        .url(url)
        .headers(headers)
        .method(operation.httpMethod(), body)
        .build();
  }
}
