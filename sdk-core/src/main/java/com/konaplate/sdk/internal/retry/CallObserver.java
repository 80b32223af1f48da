package com.konaplate.sdk.internal.retry;

import com.konaplate.sdk.CallEvent;
import com.konaplate.sdk.KonaplateListener;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.internal.error.AttemptFailure;
import com.konaplate.sdk.internal.http.AttemptResult;
import com.konaplate.sdk.internal.log.KnownSecrets;
import com.konaplate.sdk.internal.log.Redactor;
import java.time.Duration;
import okhttp3.Headers;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the partner's listener and the log what happens to a call. At DEBUG: one line per
 * attempt. At TRACE: the allow-listed headers and, when enabled, the bodies redacted by field.
 * A listener that throws is logged and ignored: observing must never change an outcome.
 */
public final class CallObserver {
  private static final Logger LOG = LoggerFactory.getLogger("com.konaplate.sdk.call");

  private final KonaplateListener listener;
  private final boolean logBodies;
  private final String host;

  /** Creates an observer; {@code listener} may be null. */
  public CallObserver(KonaplateListener listener, boolean logBodies) {
    this(listener, logBodies, null);
  }

  /** Creates an observer whose events name {@code host} (may be null). */
  public CallObserver(KonaplateListener listener, boolean logBodies, String host) {
    this.listener = listener;
    this.logBodies = logBodies;
    this.host = host;
  }

  /** The event with what every event of the call shares: retry class, method and host. */
  private CallEvent described(CallState s, CallEvent e) {
    return e.withRequest(s.operation().retryClass(), s.operation().httpMethod(), host);
  }

  void attemptStarted(String operation, CallState s) {
    if (listener != null) {
      notify("requestSent", () -> listener.requestSent(described(s, new CallEvent(operation,
          s.correlationId(), s.attempts(), s.elapsed(), 0, null, null, null, null))));
    }
  }

  void attemptFinished(String operation, Request request, KnownSecrets secrets, CallState s,
      AttemptResult r) {
    int status = r.answer() != null ? r.answer().httpStatus() : r.failure().httpStatus();
    String code = r.answer() != null ? r.answer().code() : r.failure().code();
    if (LOG.isDebugEnabled()) {
      String outcome = status > 0 ? "status=" + status + " code=" + (code == null ? "-" : code)
          : "status=- failure=" + r.failure().reason();
      LOG.debug("{} {} {} attempt={} elapsed={}ms correlationId={}", request.method(),
          request.url().encodedPath(), outcome, s.attempts(), s.elapsed().toMillis(),
          s.correlationId());
    }
    if (LOG.isTraceEnabled() && r.sentRequest() != null) {
      Headers sent = r.sentRequest().headers();
      LOG.trace("request headers:{}", Redactor.headers(sent, secrets, sent));
      LOG.trace("response headers:{}", Redactor.headers(r.responseHeaders(), secrets, sent));
      if (logBodies) {
        LOG.trace("request body: {}", Redactor.body(r.sentBody(), secrets, sent));
        LOG.trace("response body: {}", Redactor.body(r.wireBody(), secrets, sent));
      }
    }
    if (listener != null && status > 0) {
      notify("responseReceived", () -> listener.responseReceived(described(s, new CallEvent(operation,
          s.correlationId(), s.attempts(), s.elapsed(), status, code, null, null, null))));
    }
  }

  void retryScheduled(String operation, CallState s, AttemptFailure f, Duration delay) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("retry in {}ms after {} correlationId={}", delay.toMillis(), f.reason(),
          s.correlationId());
    }
    if (listener != null) {
      notify("retryScheduled", () -> listener.retryScheduled(described(s, new CallEvent(operation,
          s.correlationId(), s.attempts(), s.elapsed(), f.httpStatus(), f.code(), delay,
          f.reason(), null))));
    }
  }

  void readBack(CallState s, String verdict) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("read-back {} of {}: {} correlationId={}", s.operation().readBack().operationId(),
          s.operation().operationId(), verdict, s.correlationId());
    }
    if (listener != null) {
      String operation = s.operation().operationId();
      String v = verdict.toLowerCase(java.util.Locale.ROOT);
      notify("readBackSettled", () -> listener.readBackSettled(described(s, new CallEvent(
          operation, s.correlationId(), s.attempts(), s.elapsed(), 0, null, null, v, null))));
    }
  }

  void succeeded(String operation, CallState s, AttemptResult r) {
    if (listener != null) {
      notify("callSucceeded", () -> listener.callSucceeded(described(s, new CallEvent(operation,
          s.correlationId(), s.attempts(), s.elapsed(), r.answer().httpStatus(), r.answer().code(),
          null, null, null))));
    }
  }

  /** A read-back showed the effect: the call succeeded without an answer of its own. */
  void succeededByReadBack(CallState s) {
    if (listener != null) {
      String operation = s.operation().operationId();
      notify("callSucceeded", () -> listener.callSucceeded(described(s, new CallEvent(operation,
          s.correlationId(), s.attempts(), s.elapsed(), 0, null, null, "confirmed by read-back",
          null))));
    }
  }

  void failed(String operation, CallState s, KonaplateException e) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("call failed: {}", e.getMessage());
    }
    if (listener != null) {
      notify("callFailed", () -> listener.callFailed(described(s, new CallEvent(operation,
          s.correlationId(), e.attempts(), e.elapsed(), e.httpStatus(), e.code(), null, null,
          e))));
    }
  }

  private static void notify(String method, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("KonaplateListener.{} threw {}; ignored", method, e.getClass().getName());
    }
  }
}
