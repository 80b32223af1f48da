package com.konaplate.sdk.sandbox;

/** The status of a sandbox card. */
public enum CardStatus {
  /** The card can be used and discarded. */
  ACTIVE,
  /** The card was discarded (directly, with its main card, or with its mobile card). */
  TERMINATED
}
