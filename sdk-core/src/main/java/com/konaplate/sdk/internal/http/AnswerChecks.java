package com.konaplate.sdk.internal.http;

import okhttp3.Headers;

/**
 * What makes an answer unusable before its body is read: HTTP framing that OkHttp does not check
 * (it reads a negative Content-Length as a length and fails with an unchecked exception, reads a
 * Content-Length that is not a number as "until the connection closes"), and a correlation id
 * other than the call's, which means the answer belongs to another call (a stale answer queued
 * on a pooled connection, or a proxy's mix-up). Either way the request was on the wire and what
 * came back cannot say what happened to it.
 */
final class AnswerChecks {
  private AnswerChecks() {
  }

  /**
   * Why the answer with {@code headers} is not this call's readable answer, or null. One pass
   * over the headers, allocating nothing: it runs on every answer.
   */
  static String violation(Headers headers, String correlationId) {
    String length = null;
    boolean transferEncoding = false;
    boolean foreignId = false;
    for (int i = 0, n = headers.size(); i < n; i++) {
      String name = headers.name(i);
      if ("Content-Length".equalsIgnoreCase(name)) {
        String value = headers.value(i);
        if (!isLength(value)) {
          return "The answer's Content-Length is not a length";
        }
        if (length != null && !length.equals(value)) {
          return "The answer has conflicting Content-Lengths";
        }
        length = value;
      } else if ("Transfer-Encoding".equalsIgnoreCase(name)) {
        transferEncoding = true;
      } else if (KmHeaders.CORRELATION_ID.equalsIgnoreCase(name)) {
        // An answer without the header is accepted: gateways in front of KONA PLATE answer 5xx
        // without it. One that carries it must carry this call's id, and only that one.
        foreignId |= !headers.value(i).equals(correlationId);
      }
    }
    if (length != null && transferEncoding) {
      return "The answer's framing is ambiguous: both Content-Length and Transfer-Encoding";
    }
    // The foreign id is not repeated: it is server text of any length and content.
    return foreignId
        ? "The answer carries another call's correlation id: it is not this call's answer" : null;
  }

  /** 1 to 18 decimal digits: a length that fits a long, without sign, space or list. */
  private static boolean isLength(String value) {
    if (value.isEmpty() || value.length() > 18) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
