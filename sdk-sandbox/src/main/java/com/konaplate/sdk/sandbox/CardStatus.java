package com.konaplate.sdk.sandbox;

/** The status of a sandbox card. */
public enum CardStatus {
  /** The card can be used, suspended and discarded. */
  ACTIVE,
  /**
   * The card is suspended (Modification of the Card's State, {@code SUSPEND}); Search for Card
   * shows it with {@code mobileCardStatus} {@code SUSPENDED} until it is resumed.
   */
  SUSPENDED,
  /**
   * The card was discarded (directly, with its main card, with its mobile card, or with its
   * cancelled application); it is no longer listed and its state cannot change.
   */
  TERMINATED
}
