package com.konaplate.sdk.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collection;

/** Asserts that nothing printable about an exception holds a secret. */
final class Hygiene {
  private Hygiene() {
  }

  /** Checks the message, toString and the whole printed stack trace, causes included. */
  static void assertNoSecrets(Throwable t, Collection<String> secrets) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    for (String secret : secrets) {
      for (Throwable c = t; c != null; c = c.getCause()) {
        assertFalse(String.valueOf(c.getMessage()).contains(secret),
            () -> "a message holds a secret: " + t);
      }
      assertFalse(trace.toString().contains(secret), () -> "the stack trace holds a secret");
    }
  }

  static void assertNoSecrets(String text, Collection<String> secrets) {
    for (String secret : secrets) {
      assertFalse(text.contains(secret), () -> "text holds a secret: " + text);
    }
  }
}
