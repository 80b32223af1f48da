package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.SandboxCodes;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The responses of faults that replace the operation. */
final class FaultResponses {
  private FaultResponses() {
  }

  /**
   * Returns the replacement response (for {@code SERVER_ERROR_AFTER_EFFECT} the one that answers
   * after the operation was applied), or null when the connection is to be dropped.
   */
  static EngineResponse replacement(Fault fault, String correlationId) {
    switch (fault.kind()) {
      case DROP_BEFORE_REQUEST:
        return null;
      case RATE_LIMITED:
        return Wire.envelope(429, SandboxCodes.TOO_MANY_REQUESTS, "Too many requests",
                correlationId)
            .withHeader("Retry-After", Integer.toString(fault.retryAfterSeconds()));
      case SERVER_ERROR:
      case SERVER_ERROR_AFTER_EFFECT:
        return Wire.envelope(fault.status(),
            SandboxCodes.SERVER_ERROR_PREFIX + fault.status(), "System error", correlationId);
      case NOT_JSON:
        return htmlPage(fault.status(), correlationId);
      default:
        throw new IllegalArgumentException("not a replacing fault: " + fault);
    }
  }

  /** An error page of the kind a gateway in front of the service sends. */
  private static EngineResponse htmlPage(int status, String correlationId) {
    String html = "<!DOCTYPE html>\n<html><head><title>" + status + " Error</title></head>"
        + "<body><h1>" + status + " Error</h1><p>The gateway could not complete the request."
        + "</p></body></html>\n";
    Map<String, String> headers = new LinkedHashMap<String, String>();
    headers.put("Content-Type", "text/html;charset=UTF-8");
    if (correlationId != null) {
      headers.put(SandboxEngine.CORRELATION_ID, correlationId);
    }
    return new EngineResponse(status, null, headers, html.getBytes(StandardCharsets.UTF_8));
  }
}
