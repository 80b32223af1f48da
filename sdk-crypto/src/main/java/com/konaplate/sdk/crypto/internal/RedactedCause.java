package com.konaplate.sdk.crypto.internal;

import java.util.regex.Pattern;

/**
 * Stands in for an exception thrown while parsing key material. Parser messages sometimes
 * print the object they choked on (an ASN.1 dump, a Base64 line), so the message is kept only
 * when it cannot hold key material; the type and stack trace of the original are kept for
 * diagnosis.
 */
public final class RedactedCause extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_DEPTH = 8;
  private static final int MAX_MESSAGE = 200;
  // Runs of Base64 or hex digits long enough to carry a key fragment; class names and prose
  // are broken up by dots and spaces and never match.
  private static final Pattern ENCODED_RUN = Pattern.compile("[A-Za-z0-9+/=_-]{24,}");

  private RedactedCause(String message, StackTraceElement[] stack, Throwable cause) {
    super(message, cause, false, true);
    setStackTrace(stack);
  }

  /** Returns a copy of {@code t} and its causes with unsafe messages withheld, or null. */
  public static RedactedCause of(Throwable t) {
    return of(t, 0);
  }

  private static RedactedCause of(Throwable t, int depth) {
    if (t == null || depth >= MAX_DEPTH) {
      return null;
    }
    if (t instanceof RedactedCause) {
      return (RedactedCause) t;
    }
    RedactedCause cause = t.getCause() == t ? null : of(t.getCause(), depth + 1);
    return new RedactedCause(t.getClass().getName() + ": " + safeMessage(t.getMessage()),
        t.getStackTrace(), cause);
  }

  static String safeMessage(String message) {
    if (message == null) {
      return "(no message)";
    }
    if (message.length() > MAX_MESSAGE || ENCODED_RUN.matcher(message).find()) {
      return "(message withheld: it may contain key material)";
    }
    return message;
  }
}
