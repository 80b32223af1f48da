package com.konaplate.sdk.sandbox;

/**
 * The ASP ID, access key and secret key a sandbox accepts. Immutable.
 *
 * <p>The {@linkplain #defaults() default credentials} are fixed and published: they open
 * nothing but a local sandbox, so printing them or committing them is fine.
 */
public final class SandboxCredentials {
  /** The default ASP ID (15 characters). */
  public static final String DEFAULT_ASP_ID = "KPSANDBOXASP001";
  /** The default access key (40 characters). */
  public static final String DEFAULT_ACCESS_KEY = "KPSANDBOX-ACCESS-KEY-0000000000000000000";
  /** The default secret key. */
  public static final String DEFAULT_SECRET_KEY = "kp-sandbox-secret-key-not-for-production";

  private static final int ASP_ID_LENGTH = 15;
  private static final int ACCESS_KEY_LENGTH = 40;

  private final String aspId;
  private final String accessKey;
  private final String secretKey;

  private SandboxCredentials(String aspId, String accessKey, String secretKey) {
    this.aspId = aspId;
    this.accessKey = accessKey;
    this.secretKey = secretKey;
  }

  /** Returns the fixed default credentials. */
  public static SandboxCredentials defaults() {
    return new SandboxCredentials(DEFAULT_ASP_ID, DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY);
  }

  /**
   * Returns credentials of your choice.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the ASP ID is not 15 or the access key not 40
   *     printable ASCII characters, or the secret key is empty
   */
  public static SandboxCredentials of(String aspId, String accessKey, String secretKey) {
    checkPrintable("aspId", aspId, ASP_ID_LENGTH);
    checkPrintable("accessKey", accessKey, ACCESS_KEY_LENGTH);
    if (secretKey == null) {
      throw new NullPointerException("secretKey == null");
    }
    if (secretKey.isEmpty()) {
      throw new IllegalArgumentException("secretKey is empty");
    }
    return new SandboxCredentials(aspId, accessKey, secretKey);
  }

  private static void checkPrintable(String name, String value, int length) {
    if (value == null) {
      throw new NullPointerException(name + " == null");
    }
    if (value.length() != length) {
      throw new IllegalArgumentException(name + " must be " + length + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '!' || c > '~') {
        throw new IllegalArgumentException(name + " must be printable ASCII without spaces");
      }
    }
  }

  /** The ASP ID, sent as {@code X-KM-User-AspId}. */
  public String aspId() {
    return aspId;
  }

  /** The access key, sent as {@code X-KM-Access-Key}. */
  public String accessKey() {
    return accessKey;
  }

  /** The secret key that keys the {@code X-KM-Tran-Token} HMAC. */
  public String secretKey() {
    return secretKey;
  }

  /** Shows the ASP ID only; the keys stay out of logs. */
  @Override
  public String toString() {
    return "SandboxCredentials{aspId=" + aspId + "}";
  }
}
