package com.konaplate.sdk.internal.json;

/**
 * A response field of the wrong type, or a required one missing. Names the field's path and what
 * was expected, never the value (it may be personal data). The engine turns it into a typed
 * response failure of the attempt.
 */
public final class ResponseFieldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  ResponseFieldException(String path, String problem) {
    super("response field " + path + ": " + problem, null, false, false);
    this.path = path;
    this.problem = problem;
  }

  /**
   * The same failure with the path's prefix {@code from} (a list read as {@code name[]}, its
   * index left out while all went well) replaced by {@code to} ({@code name[3]}).
   */
  ResponseFieldException within(String from, String to) {
    return path.startsWith(from)
        ? new ResponseFieldException(to + path.substring(from.length()), problem) : this;
  }
}
