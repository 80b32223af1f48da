package com.konaplate.sdk.internal.json;

/**
 * A response field of the wrong type, or a required one missing. Names the field's path and what
 * was expected, never the value (it may be personal data). The engine turns it into a typed
 * response failure of the attempt.
 */
public final class ResponseFieldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ResponseFieldException(String path, String problem) {
    super("response field " + path + ": " + problem, null, false, false);
  }
}
