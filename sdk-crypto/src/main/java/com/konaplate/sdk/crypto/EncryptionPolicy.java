package com.konaplate.sdk.crypto;

/** Which requests the client encrypts. Responses carrying {@code encData} are always decrypted. */
public enum EncryptionPolicy {
  /** Encrypt only the operations that openapi.yaml flags for request encryption; the default. */
  FOLLOW_SPEC,
  /** Encrypt every request. */
  ALL_REQUESTS
}
