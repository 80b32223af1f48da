package com.konaplate.sdk.internal.http;

import com.konaplate.sdk.internal.log.KnownSecrets;
import com.konaplate.sdk.spec.OperationDescriptor;
import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Headers;

/**
 * One HTTP attempt, as the interceptors find it from its call ({@link InFlightAttempts}): what
 * they need to know about the call, and whether the request left this client.
 */
public final class AttemptTag {
  private final String correlationId;
  private final OperationDescriptor operation;
  private final long deadlineNanoTime;
  private final KnownSecrets secrets;
  private final AtomicBoolean dispatched = new AtomicBoolean();
  private volatile boolean deadlinePassed;
  private volatile Socket socket;
  private volatile Headers sentHeaders;

  /**
   * Creates the tag of one attempt of a call that has {@code remainingMillis} left before its
   * deadline.
   */
  public AttemptTag(String correlationId, OperationDescriptor operation, long remainingMillis) {
    this(correlationId, operation, remainingMillis, KnownSecrets.NONE);
  }

  /** Creates the tag of one attempt of a call whose secrets are {@code secrets}. */
  public AttemptTag(String correlationId, OperationDescriptor operation, long remainingMillis,
      KnownSecrets secrets) {
    this.correlationId = correlationId;
    this.operation = operation;
    this.deadlineNanoTime = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(remainingMillis);
    this.secrets = secrets;
  }

  /** What the call knows to be secret, to mask in what it logs or throws. */
  public KnownSecrets secrets() {
    return secrets;
  }

  /** The correlation id shared by all attempts of the call. */
  public String correlationId() {
    return correlationId;
  }

  /** The operation being called. */
  public OperationDescriptor operation() {
    return operation;
  }

  /**
   * True once a connection was established and the request handed to it: from then on the
   * server may have received it, so a failure leaves the outcome unknown.
   */
  public boolean dispatched() {
    return dispatched.get();
  }

  /**
   * Records that the request is handed to {@code socket}; false when this attempt already sent
   * one, since every request that leaves must be an attempt the SDK decided and counted.
   */
  boolean markDispatched(Socket socket, Headers sentHeaders) {
    this.socket = socket;
    this.sentHeaders = sentHeaders;
    return dispatched.compareAndSet(false, true);
  }

  /** The headers of the request as written (its token among them), or null before dispatch. */
  public Headers sentHeaders() {
    return sentHeaders;
  }

  /**
   * Closes the (HTTP/1) connection of this attempt, so nothing more is read from it and it is
   * never reused: after an answer that broke the protocol or belonged to another call, whatever else
   * the connection holds cannot be trusted to belong to the next call either.
   */
  public void retireConnection() {
    Socket s = socket;
    if (s != null) {
      try {
        s.close();
      } catch (IOException | RuntimeException e) {
        // Closing is all that was wanted; a failure to close leaves nothing more to do.
      }
    }
  }

  /** When the call's deadline passes, on the {@link System#nanoTime()} scale. */
  public long deadlineNanoTime() {
    return deadlineNanoTime;
  }

  /** Time left before the call's deadline; zero or negative once it has passed. */
  public long remainingNanos() {
    return deadlineNanoTime - System.nanoTime();
  }

  /** True once the deadline watchdog cancelled this attempt. */
  public boolean deadlinePassed() {
    return deadlinePassed;
  }

  /** Records that the deadline watchdog cancels this attempt, before it does. */
  public void markDeadlinePassed() {
    deadlinePassed = true;
  }
}
