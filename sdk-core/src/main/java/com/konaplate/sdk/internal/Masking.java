package com.konaplate.sdk.internal;

/** Masks card references before they reach a message, a log line or {@code toString()}. */
public final class Masking {
  private Masking() {
  }

  /** A PAR with only its first 4 and last 4 characters shown. */
  public static String par(String par) {
    if (par == null) {
      return "null";
    }
    if (par.length() <= 8) {
      return "****";
    }
    return par.substring(0, 4) + "****" + par.substring(par.length() - 4);
  }
}
