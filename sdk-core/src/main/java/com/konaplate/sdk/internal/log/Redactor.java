package com.konaplate.sdk.internal.log;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.konaplate.sdk.internal.Masking;
import com.konaplate.sdk.internal.http.KmHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.Headers;

/**
 * Makes headers and bodies safe to log. Headers come from an allow-list, credentials and tokens
 * masked by name; bodies are shown by an allow-list of field names (every other value reduced to
 * its size, PARs and card numbers masked); and whatever is shown is then masked by value against
 * the call's {@link KnownSecrets}, since a server may echo a secret inside any header or field.
 * Server text is cut and its control characters escaped ({@link LogText}).
 */
public final class Redactor {
  /** Headers logged (server values cut, escaped and masked by value). */
  private static final Set<String> PLAIN_HEADERS = lower(KmHeaders.ASP_ID, KmHeaders.CORRELATION_ID,
      KmHeaders.TRAN_TIME, KmHeaders.TIME_ZONE, "Content-Type", "Content-Length", "Retry-After",
      "User-Agent", "Date", "Server");
  /** Headers whose value is masked. */
  private static final Set<String> MASKED_HEADERS = lower(KmHeaders.ACCESS_KEY, KmHeaders.TRAN_TOKEN,
      KmHeaders.CRYPTO_KEY_ID);
  /** Body fields whose value is shown: they identify a result or a member, never a card or a person. */
  private static final Set<String> LOGGABLE_FIELDS = lower("code", "userId");
  /** Body fields that identify a card: shown masked. */
  private static final Set<String> CARD_FIELDS = lower("par", "cardNumber", "cardNo", "pan");

  private Redactor() {
  }

  /** True when the value of body field {@code name} may be logged as it is. */
  static boolean loggable(String name) {
    return LOGGABLE_FIELDS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** True when body field {@code name} holds a card reference. */
  static boolean isCardField(String name) {
    return CARD_FIELDS.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The loggable headers, {@code name: value;} each, masked by name and then by value against
   * {@code secrets} and the attempt's request headers {@code sent}.
   */
  public static String headers(Headers headers, KnownSecrets secrets, Headers sent) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String key = name.toLowerCase(Locale.ROOT);
      String value;
      if (PLAIN_HEADERS.contains(key)) {
        value = headers.value(i);
      } else if (MASKED_HEADERS.contains(key)) {
        value = maskHeader(key, headers.value(i));
      } else {
        continue;
      }
      sb.append(' ').append(name).append(": ")
          .append(LogText.clean(secrets.mask(value, sent), LogText.MAX_VALUE)).append(';');
    }
    return sb.toString();
  }

  /**
   * The body as JSON with only allow-listed values shown, or its size when it is not JSON; then
   * masked by value.
   */
  public static String body(byte[] body, KnownSecrets secrets, Headers sent) {
    if (body == null || body.length == 0) {
      return "<empty>";
    }
    String shown;
    try {
      JsonElement parsed = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
      shown = redact(null, parsed).toString();
    } catch (RuntimeException | StackOverflowError e) {
      return "<" + body.length + " bytes, not JSON>";
    }
    return LogText.clean(secrets.mask(shown, sent), 4 * LogText.MAX_VALUE);
  }

  private static JsonElement redact(String field, JsonElement e) {
    if (e.isJsonObject()) {
      JsonObject out = new JsonObject();
      for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
        out.add(m.getKey(), redact(m.getKey(), m.getValue()));
      }
      return out;
    }
    if (e.isJsonArray()) {
      JsonArray out = new JsonArray();
      for (JsonElement item : e.getAsJsonArray()) {
        out.add(redact(field, item));
      }
      return out;
    }
    if (e.isJsonNull() || e.getAsJsonPrimitive().isBoolean()) {
      return e;
    }
    String value = e.getAsString();
    if (field == null) {
      return new JsonPrimitive("<" + value.length() + " chars>");
    }
    if ("encdata".equals(field.toLowerCase(Locale.ROOT))) {
      return new JsonPrimitive("<JWE, " + value.length() + " chars>");
    }
    if (isCardField(field)) {
      return new JsonPrimitive(Masking.par(value));
    }
    if (loggable(field)) {
      return e;
    }
    // Not on the allow-list: a description, a name, a phone number, a field the API adds later.
    return new JsonPrimitive("<" + value.length() + (e.getAsJsonPrimitive().isNumber() ? " digits>" : " chars>"));
  }

  private static String maskHeader(String key, String value) {
    if (key.equals(KmHeaders.TRAN_TOKEN.toLowerCase(Locale.ROOT))) {
      // The version and time help to debug clock skew; the signature itself stays hidden.
      int last = value.lastIndexOf(':');
      return last > 0 ? value.substring(0, last + 1) + "****" : "****";
    }
    return value.length() > 8 ? value.substring(0, 4) + "****" : "****";
  }

  private static Set<String> lower(String... names) {
    Set<String> set = new HashSet<>();
    for (String n : Arrays.asList(names)) {
      set.add(n.toLowerCase(Locale.ROOT));
    }
    return Collections.unmodifiableSet(set);
  }
}
