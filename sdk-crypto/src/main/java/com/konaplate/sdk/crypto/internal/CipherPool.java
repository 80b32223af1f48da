package com.konaplate.sdk.crypto.internal;

import java.security.GeneralSecurityException;
import java.util.concurrent.ArrayBlockingQueue;
import javax.crypto.Cipher;

/**
 * Idle {@link Cipher} objects of one transformation, kept for the next operation. Looking a
 * cipher up and instantiating it (a search through the installed providers, a transformation
 * parsed, a provider class made by reflection) cost more than the AES-GCM work of a whole
 * message; a cipher is re-initialised with its key and parameters before every use, so reusing
 * one carries nothing over from its previous operation. A cipher is taken by one thread at a
 * time; when none is idle a new one is made, and at most {@link #IDLE} are kept.
 */
final class CipherPool {
  private static final int IDLE = 8;

  private final String transformation;
  private final ArrayBlockingQueue<Cipher> idle = new ArrayBlockingQueue<>(IDLE);

  CipherPool(String transformation) {
    this.transformation = transformation;
  }

  /** An idle cipher, or a new one from the JCA's preferred provider. */
  Cipher take() throws GeneralSecurityException {
    Cipher cipher = idle.poll();
    return cipher != null ? cipher : Cipher.getInstance(transformation);
  }

  /** Keeps a cipher whose operation completed; dropped when enough are idle. */
  void release(Cipher cipher) {
    idle.offer(cipher);
  }
}
