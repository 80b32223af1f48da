package com.konaplate.sdk.spring.boot.autoconfigure.internal;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.spring.boot.autoconfigure.KonaplateProperties;
import java.util.Map;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Applies {@link KonaplateProperties} to a client builder. The SDK's setters check each value;
 * a refusal becomes an {@link InvalidConfigurationPropertyValueException} naming the property,
 * which Spring Boot reports at start-up with the property's origin (file and line). The value
 * itself is never repeated: it may be a key.
 */
public final class PropertiesBinder {
  /** Shown instead of a value in start-up failures. */
  public static final String HIDDEN = "(not shown)";

  private static final Map<String, String> REQUIRED = Map.of(
      "aspId", "konaplate.asp-id",
      "accessKey", "konaplate.access-key",
      "secretKey", "konaplate.secret-key");

  private PropertiesBinder() {
  }

  /** A builder with every property applied that is set. */
  public static KonaplateClient.Builder builder(KonaplateProperties p) {
    KonaplateClient.Builder b = KonaplateClient.builder();
    if (isSet(p.getBaseUrl())) {
      check("konaplate.base-url", () -> b.baseUrl(p.getBaseUrl()));
    }
    // Empty is unset, so "asp-id: ${KONAPLATE_ASP_ID:}" works where the variable is absent
    // (a test with the sandbox); build() then names a required one that is missing.
    if (isSet(p.getAspId())) {
      check("konaplate.asp-id", () -> b.aspId(p.getAspId()));
    }
    if (isSet(p.getAccessKey())) {
      check("konaplate.access-key", () -> b.accessKey(p.getAccessKey()));
    }
    if (isSet(p.getSecretKey())) {
      check("konaplate.secret-key", () -> b.secretKey(p.getSecretKey()));
    }
    check("konaplate.time-zone", () -> b.timeZone(p.getTimeZone()));
    check("konaplate.connect-timeout", () -> b.connectTimeout(p.getConnectTimeout()));
    check("konaplate.read-timeout", () -> b.readTimeout(p.getReadTimeout()));
    check("konaplate.write-timeout", () -> b.writeTimeout(p.getWriteTimeout()));
    b.logBodies(p.isLogBodies());
    b.retryPolicy(retryPolicy(p.getRetry()));
    return b;
  }

  /** The retry policy of {@code konaplate.retry.*}. */
  public static RetryPolicy retryPolicy(KonaplateProperties.Retry r) {
    RetryPolicy.Builder policy = RetryPolicy.builder().readBack(r.isReadBack())
        .retryBudget(r.getBudget());
    check("konaplate.retry.max-attempts", () -> policy.maxAttempts(r.getMaxAttempts()));
    check("konaplate.retry.base-delay", () -> policy.baseDelay(r.getBaseDelay()));
    check("konaplate.retry.max-delay", () -> policy.maxDelay(r.getMaxDelay()));
    check("konaplate.retry.deadline", () -> policy.deadline(r.getDeadline()));
    try {
      return policy.build();
    } catch (IllegalStateException e) {
      throw new InvalidConfigurationPropertyValueException("konaplate.retry.base-delay",
          r.getBaseDelay(), "must not exceed konaplate.retry.max-delay (" + r.getMaxDelay() + ")");
    }
  }

  /** Builds the client; a missing credential names its property. */
  public static KonaplateClient build(KonaplateClient.Builder b) {
    try {
      return b.build();
    } catch (IllegalStateException e) {
      String message = String.valueOf(e.getMessage());
      for (Map.Entry<String, String> required : REQUIRED.entrySet()) {
        if (message.startsWith(required.getKey() + " is required")) {
          throw new IllegalStateException(required.getValue() + " is required: set it in the "
              + "application's configuration (e.g. " + required.getValue() + ": ${"
              + variable(required.getValue()) + "}), or use @AutoConfigureKonaplateSandbox in "
              + "tests", e);
        }
      }
      throw e;
    }
  }

  /** Runs a setter; its refusal names {@code property}. */
  public static void check(String property, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidConfigurationPropertyValueException(property, HIDDEN, e.getMessage());
    }
  }

  private static boolean isSet(String value) {
    return value != null && !value.isEmpty();
  }

  /** "konaplate.asp-id" to "KONAPLATE_ASP_ID". */
  static String variable(String property) {
    return property.replace('.', '_').replace('-', '_').toUpperCase(java.util.Locale.ROOT);
  }
}
