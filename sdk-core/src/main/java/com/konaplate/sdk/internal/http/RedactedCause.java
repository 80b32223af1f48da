package com.konaplate.sdk.internal.http;

import com.konaplate.sdk.internal.log.KnownSecrets;
import com.konaplate.sdk.internal.log.LogText;
import java.io.IOException;

/**
 * A stand-in for a failure whose message quoted the server's bytes: OkHttp puts a bad status
 * line or chunk size into its {@code ProtocolException} as it came, where a server that echoes
 * the request can put a PAR or a token, or control characters that forge log lines. The copy
 * keeps the original's type name and stack trace; its message is masked by value, cut and
 * escaped, like everything else the SDK prints.
 */
public final class RedactedCause extends IOException {
  private static final long serialVersionUID = 1L;

  private RedactedCause(String message) {
    super(message);
  }

  /**
   * {@code cause} itself when its message and its causes' are safe to print, else a redacted
   * copy of the chain.
   */
  public static Throwable of(Throwable cause, AttemptTag tag) {
    return of(cause, tag, 0);
  }

  private static Throwable of(Throwable cause, AttemptTag tag, int depth) {
    if (cause == null || depth > 8) {
      return null;
    }
    String safe = safeMessage(cause, tag);
    Throwable next = cause.getCause() == cause ? null : cause.getCause();
    Throwable safeNext = of(next, tag, depth + 1);
    if (safeNext == next && (safe == null ? cause.getMessage() == null : safe.equals(cause.getMessage()))) {
      return cause; // nothing to hide: keep the original, its type and its chain
    }
    RedactedCause copy = new RedactedCause(cause.getClass().getName() + (safe == null ? "" : ": " + safe));
    copy.setStackTrace(cause.getStackTrace());
    if (safeNext != null) {
      copy.initCause(safeNext);
    }
    return copy;
  }

  private static String safeMessage(Throwable cause, AttemptTag tag) {
    String message = cause.getMessage();
    if (message == null) {
      return null;
    }
    KnownSecrets secrets = tag == null ? KnownSecrets.NONE : tag.secrets();
    return LogText.clean(secrets.mask(message, tag == null ? null : tag.sentHeaders()),
        LogText.MAX_VALUE);
  }
}
