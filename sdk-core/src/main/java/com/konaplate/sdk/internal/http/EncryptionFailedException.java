package com.konaplate.sdk.internal.http;

import com.konaplate.sdk.exception.KonaplateCryptoException;
import java.io.IOException;

/** Carries a request encryption failure out of the interceptor chain; never seen by partners. */
public final class EncryptionFailedException extends IOException {
  private static final long serialVersionUID = 1L;

  EncryptionFailedException(KonaplateCryptoException cause) {
    super("request encryption failed", cause);
  }

  /** The typed failure. */
  public KonaplateCryptoException failure() {
    return (KonaplateCryptoException) getCause();
  }
}
