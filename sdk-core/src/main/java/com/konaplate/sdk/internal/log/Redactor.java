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
 * Makes headers and bodies safe to log: headers from an allow-list, credentials and tokens
 * masked, body fields redacted by name, anything that is not JSON reduced to its size.
 */
public final class Redactor {
  /** Headers logged as they are. */
  private static final Set<String> PLAIN_HEADERS = lower(KmHeaders.ASP_ID, KmHeaders.CORRELATION_ID,
      KmHeaders.TRAN_TIME, KmHeaders.TIME_ZONE, "Content-Type", "Content-Length", "Retry-After",
      "User-Agent", "Date", "Server");
  /** Headers whose value is masked. */
  private static final Set<String> MASKED_HEADERS = lower(KmHeaders.ACCESS_KEY, KmHeaders.TRAN_TOKEN,
      KmHeaders.CRYPTO_KEY_ID);
  /** Body fields that identify a card: shown masked. */
  private static final Set<String> CARD_FIELDS = lower("par", "cardNumber", "cardNo", "pan");
  /** Body field name parts that mark a secret: never shown. */
  private static final String[] SECRET_PARTS = {"password", "secret", "key", "token", "cvc", "cvv", "pin"};

  private Redactor() {
  }

  /** The loggable headers, one {@code name: value} per line. */
  public static String headers(Headers headers) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String key = name.toLowerCase(Locale.ROOT);
      if (PLAIN_HEADERS.contains(key)) {
        sb.append(' ').append(name).append(": ").append(headers.value(i)).append(';');
      } else if (MASKED_HEADERS.contains(key)) {
        sb.append(' ').append(name).append(": ").append(maskHeader(key, headers.value(i))).append(';');
      }
    }
    return sb.toString();
  }

  /** The body as JSON with sensitive fields redacted, or its size when it is not JSON. */
  public static String body(byte[] body) {
    if (body == null || body.length == 0) {
      return "<empty>";
    }
    try {
      JsonElement parsed = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
      return redact(null, parsed).toString();
    } catch (RuntimeException | StackOverflowError e) {
      return "<" + body.length + " bytes, not JSON>";
    }
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
    if (field == null || !e.isJsonPrimitive()) {
      return e;
    }
    String key = field.toLowerCase(Locale.ROOT);
    if ("encdata".equals(key)) {
      String v = e.getAsString();
      return new JsonPrimitive("<JWE, " + v.length() + " chars>");
    }
    if (CARD_FIELDS.contains(key)) {
      return new JsonPrimitive(Masking.par(e.getAsString()));
    }
    for (String part : SECRET_PARTS) {
      if (key.contains(part)) {
        return new JsonPrimitive("****");
      }
    }
    return e;
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
