package com.konaplate.sdk.internal.http;

import java.io.IOException;

/**
 * An attempt that ended after its request was handed to the connection, on an answer that broke
 * HTTP or on a resend the SDK refused. Carried through OkHttp as an {@link IOException} so sync
 * and async calls see it alike; classified as an unreadable answer whose outcome is unknown.
 */
public final class MalformedResponseException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message is the SDK's own, never text from the wire. */
  public MalformedResponseException(String message, Throwable cause) {
    super(message, cause);
  }
}
