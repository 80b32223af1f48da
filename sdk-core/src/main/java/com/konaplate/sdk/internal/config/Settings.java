package com.konaplate.sdk.internal.config;

import okhttp3.HttpUrl;

/** Checks of client settings. Messages name the setting and never echo a secret value. */
public final class Settings {
  private Settings() {
  }

  /** Checks a value of a fixed length of visible ASCII characters (header-safe). */
  public static String fixedLength(String value, String setting, String variable, int length) {
    if (value == null) {
      throw new NullPointerException(setting + " == null");
    }
    if (value.length() != length || !visibleAscii(value)) {
      throw new IllegalArgumentException(describe(setting, variable) + " must be " + length
          + " visible ASCII characters (was " + value.length() + " characters)");
    }
    return value;
  }

  /** Checks that a secret is present; its value never appears in a message. */
  public static String nonEmptySecret(String value, String setting, String variable) {
    if (value == null) {
      throw new NullPointerException(setting + " == null");
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException(describe(setting, variable) + " must not be empty");
    }
    return value;
  }

  /**
   * Parses a base URL: {@code https://}, or plain {@code http://} for loopback hosts only, since
   * a signed request and the access key must not cross a network in clear text; without user
   * info, query or fragment.
   */
  public static HttpUrl baseUrl(String value, String setting, String variable) {
    if (value == null) {
      throw new NullPointerException(setting + " == null");
    }
    HttpUrl url = HttpUrl.parse(value);
    if (url == null) {
      throw new IllegalArgumentException(describe(setting, variable)
          + " must be an absolute http(s) URL");
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      // A password in the URL would be printed wherever the URL is (toString(), logs); the
      // value is not repeated here for the same reason.
      throw new IllegalArgumentException(describe(setting, variable)
          + " must not contain user info (user:password@): KONA PLATE authenticates with the keys");
    }
    if (url.query() != null || url.fragment() != null) {
      throw new IllegalArgumentException(describe(setting, variable)
          + " must not have a query or fragment");
    }
    if ("http".equals(url.scheme()) && !isLoopback(url.host())) {
      throw new IllegalArgumentException(describe(setting, variable)
          + ": plain http:// is accepted only for loopback hosts (localhost, 127.0.0.0/8, ::1); use https://");
    }
    return url;
  }

  /** "aspId (KONAPLATE_ASP_ID)". */
  public static String describe(String setting, String variable) {
    return variable == null ? setting : setting + " (" + variable + ")";
  }

  static boolean isLoopback(String host) {
    return "localhost".equalsIgnoreCase(host)
        || host.startsWith("127.") && host.matches("127(\\.[0-9]{1,3}){3}")
        || "::1".equals(host)
        || "0:0:0:0:0:0:0:1".equals(host);
  }

  private static boolean visibleAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }
}
