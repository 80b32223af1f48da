package com.konaplate.sdk.exception;

/** Keeps server-provided text safe to print: one line, bounded, masked card references. */
final class Redaction {
  private static final int MAX = 200;

  private Redaction() {
  }

  static String printable(String text) {
    StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX));
    for (int i = 0; i < text.length() && sb.length() < MAX; i++) {
      char c = text.charAt(i);
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (text.length() > MAX) {
      sb.append('…');
    }
    // A server echoing the request could put a PAR or a card number into its description.
    return sb.toString()
        .replaceAll("\\b([A-Z0-9]{4})[A-Z0-9]{15,}([A-Z0-9]{4})\\b", "$1****$2")
        .replaceAll("\\b(\\d{4})\\d{5,11}(\\d{4})\\b", "$1****$2");
  }
}
