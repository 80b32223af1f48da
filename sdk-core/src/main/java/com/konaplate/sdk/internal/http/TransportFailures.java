package com.konaplate.sdk.internal.http;

import com.konaplate.sdk.internal.error.AttemptFailure;
import com.konaplate.sdk.internal.error.AttemptFailure.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import javax.net.ssl.SSLException;

/** Classifies an I/O failure of one attempt by whether the request may have been sent. */
public final class TransportFailures {
  private TransportFailures() {
  }

  /**
   * Classifies {@code e}. Before dispatch (no connection yet) a resend cannot repeat an effect;
   * after it the server may have acted, so the attempt is ambiguous: only a read is resent.
   */
  public static AttemptFailure classify(IOException e, AttemptTag tag) {
    boolean dispatched = tag.dispatched();
    String correlationId = tag.correlationId();
    if (e instanceof MalformedResponseException) {
      // The request was on the wire and the answer broke HTTP: it may have taken effect.
      return AttemptFailure.of(Kind.RESPONSE, e.getMessage(), 0, correlationId, false, true,
          RedactedCause.of(e, tag));
    }
    boolean timeout = timedOut(e, tag);
    Kind kind = timeout ? Kind.TIMEOUT : Kind.CONNECTION;
    // Transient unless it is a TLS failure (a configuration problem a resend does not fix), the
    // call's own deadline, or the caller's thread was interrupted.
    boolean transientFailure = !(e instanceof SSLException) && !tag.deadlinePassed()
        && !Thread.currentThread().isInterrupted();
    if (dispatched) {
      String summary = timeout
          ? "Timed out waiting for KONA PLATE's answer after the request was sent"
          : "Connection to KONA PLATE broken after the request was sent";
      return AttemptFailure.of(kind, summary, 0, correlationId, transientFailure, true,
          RedactedCause.of(e, tag));
    }
    boolean retryable = transientFailure;
    String summary = timeout ? "Timed out connecting to KONA PLATE" : "Could not connect to KONA PLATE";
    return AttemptFailure.of(kind, summary, 0, correlationId, retryable, false,
        RedactedCause.of(e, tag));
  }

  /**
   * True when {@code e} ended the attempt of {@code tag} for want of time: an OkHttp or socket
   * timeout, or the deadline watchdog's cancellation (which OkHttp reports as "Canceled").
   */
  static boolean timedOut(IOException e, AttemptTag tag) {
    return e instanceof InterruptedIOException || (tag != null && tag.deadlinePassed());
  }
}
