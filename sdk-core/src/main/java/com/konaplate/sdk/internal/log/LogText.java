package com.konaplate.sdk.internal.log;

/**
 * Makes text from the wire safe to put in one log line or message: control characters (which
 * could end the line or drive a terminal, such as CR, LF or ESC) are shown as {@code \\uXXXX},
 * and the text is cut at a bound so a hostile value cannot flood the log.
 */
public final class LogText {
  /** The longest value shown; header values and server text beyond it are cut. */
  public static final int MAX_VALUE = 200;

  private LogText() {
  }

  /** {@code text} with control characters escaped, cut after {@code max} characters. */
  public static String clean(String text, int max) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = null;
    int n = Math.min(text.length(), max);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean unsafe = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (unsafe && sb == null) {
        sb = new StringBuilder(n + 16).append(text, 0, i);
      }
      if (sb != null) {
        if (unsafe) {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
    }
    String out = sb != null ? sb.toString() : n == text.length() ? text : text.substring(0, n);
    return text.length() > max ? out + "…(" + text.length() + " chars)" : out;
  }
}
