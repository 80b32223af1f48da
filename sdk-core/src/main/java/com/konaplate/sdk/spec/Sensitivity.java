package com.konaplate.sdk.spec;

/** How a field's value may be shown in a log line, a message or {@code toString()}. */
public enum Sensitivity {
  /** Shown as it is. */
  NONE,
  /** A card reference: only its first and last 4 characters are shown. */
  MASKED,
  /** Personal data or a secret: never shown. */
  HIDDEN
}
