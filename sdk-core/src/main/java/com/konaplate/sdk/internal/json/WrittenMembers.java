package com.konaplate.sdk.internal.json;

/**
 * Finds a top-level string member in what a {@link JsonObjectWriter} has written: compact JSON of
 * its own making (names and strings escaped by {@code JsonObjectWriter.quote}, nested values
 * valid JSON text checked before they were written), so a scan of its characters is enough and
 * no parser, reader or copy of the text is made. Used to pick the transaction id and the token a
 * request carries, once per call.
 */
final class WrittenMembers {
  private WrittenMembers() {
  }

  /**
   * The value of the first top-level member named {@code escapedName} (the name as the writer
   * writes it between its quotes) of {@code out}, an object not yet closed, or null when there is
   * none or its value is not a string.
   */
  static String string(CharSequence out, String escapedName) {
    int n = out.length();
    int i = 1; // after '{'
    while (i < n) {
      int nameEnd = endOfString(out, i);
      boolean match = nameEnd - i == escapedName.length() + 2
          && regionMatches(out, i + 1, escapedName);
      int value = nameEnd + 1; // after ':'
      int valueEnd = endOfValue(out, value);
      if (match) {
        return out.charAt(value) == '"' ? unquote(out, value, valueEnd) : null;
      }
      i = valueEnd + 1; // after ','
    }
    return null;
  }

  private static boolean regionMatches(CharSequence out, int from, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (out.charAt(from + k) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The index after the string starting with the quote at {@code from}. */
  private static int endOfString(CharSequence out, int from) {
    int i = from + 1;
    while (true) {
      char c = out.charAt(i++);
      if (c == '\\') {
        i++; // the escaped character, or the 'u' of \\uXXXX (its hex digits are not quotes)
      } else if (c == '"') {
        return i;
      }
    }
  }

  /** The index after the value starting at {@code from}: a string, or JSON text up to a comma. */
  private static int endOfValue(CharSequence out, int from) {
    if (out.charAt(from) == '"') {
      return endOfString(out, from);
    }
    int depth = 0;
    int n = out.length();
    int i = from;
    while (i < n) {
      char c = out.charAt(i);
      if (c == '"') {
        i = endOfString(out, i);
        continue;
      }
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        return i;
      }
      i++;
    }
    return n;
  }

  /** The string between the quotes at {@code from} and {@code end - 1}, unescaped. */
  private static String unquote(CharSequence out, int from, int end) {
    StringBuilder s = null;
    int plainFrom = from + 1;
    int last = end - 1;
    for (int i = plainFrom; i < last; i++) {
      if (out.charAt(i) != '\\') {
        continue;
      }
      if (s == null) {
        s = new StringBuilder(last - from);
      }
      s.append(out, plainFrom, i);
      char e = out.charAt(i + 1);
      switch (e) {
        case 'u':
          s.append((char) Integer.parseInt(out.subSequence(i + 2, i + 6).toString(), 16));
          i += 5;
          break;
        case 'b':
          s.append('\b');
          i++;
          break;
        case 'f':
          s.append('\f');
          i++;
          break;
        case 'n':
          s.append('\n');
          i++;
          break;
        case 'r':
          s.append('\r');
          i++;
          break;
        case 't':
          s.append('\t');
          i++;
          break;
        default: // '"', '\\' and '/' stand for themselves
          s.append(e);
          i++;
          break;
      }
      plainFrom = i + 1;
    }
    if (s == null) {
      return out.subSequence(plainFrom, last).toString();
    }
    return s.append(out, plainFrom, last).toString();
  }
}
