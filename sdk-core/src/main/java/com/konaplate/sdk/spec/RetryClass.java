package com.konaplate.sdk.spec;

/** What a repeat of an operation does, which decides what the SDK may resend. */
public enum RetryClass {
  /** No effect on the server: resent after any transient failure; never outcome-unknown. */
  READ,
  /**
   * A repeat leaves the same state (terminate, suspend, resume, limit update): resent only when
   * the failed attempt cannot have applied or the gateway said so (429, 502, 503, 504); a
   * refusal a replay would cause, after an ambiguous attempt, is settled by a read-back or is
   * outcome-unknown.
   */
  CONVERGENT,
  /**
   * A repeat repeats the effect (charges, payments, registration, issuance): never resent once
   * it may have reached the server; only connection failures before sending and 429 are retried.
   */
  UNSAFE
}
