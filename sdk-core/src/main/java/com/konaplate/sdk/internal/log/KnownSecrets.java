package com.konaplate.sdk.internal.log;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.konaplate.sdk.internal.Masking;
import com.konaplate.sdk.internal.http.KmHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;

/**
 * The values one call knows to be secret, to mask wherever they appear in a logged or thrown
 * string: a server may echo them back anywhere (a description, a {@code Server} header, an
 * unknown body field), where redacting by name cannot see them. The client's own secrets (secret
 * key, access key, crypto key id) come from its configuration; the call's come from its request
 * body (every value of a field not on {@link Redactor}'s allow-list, such as the PAR) and from
 * the headers of each attempt (the signature of its {@code X-KM-Tran-Token}).
 *
 * <p>Nothing is computed until a text is masked: a call that logs nothing and fails nowhere pays
 * two references. Values shorter than {@value #MIN_LENGTH} characters are masked by name only,
 * since masking them by value would mangle ordinary text. Thread-safe.
 */
public final class KnownSecrets {
  /** The shortest value masked by value. */
  static final int MIN_LENGTH = 8;
  private static final String HIDDEN = "****";
  /** No known secret: masks nothing. */
  public static final KnownSecrets NONE = new KnownSecrets(new String[0], null);

  private final String[] clientValues;
  private final byte[] requestJson;
  /** Value, replacement, value, replacement…, longest value first; made on first use. */
  private volatile String[] pairs;

  private KnownSecrets(String[] clientValues, byte[] requestJson) {
    this.clientValues = clientValues;
    this.requestJson = requestJson;
  }

  /** The client's secrets; null values are ignored. */
  public static KnownSecrets ofClient(String... values) {
    List<String> kept = new ArrayList<>();
    for (String v : values) {
      if (v != null && v.length() >= MIN_LENGTH) {
        kept.add(v);
      }
    }
    return new KnownSecrets(kept.toArray(new String[0]), null);
  }

  /** The secrets of one call: the client's and those of {@code requestJson} (not copied). */
  public KnownSecrets forCall(byte[] requestJson) {
    return new KnownSecrets(clientValues, requestJson);
  }

  /**
   * {@code text} with every known secret masked, and the token signature, access key and
   * crypto key id of {@code sentHeaders} (the attempt's request headers, may be null).
   */
  public String mask(String text, Headers sentHeaders) {
    if (text == null || text.length() < MIN_LENGTH) {
      return text;
    }
    String out = text;
    String[] p = pairs();
    for (int i = 0; i < p.length; i += 2) {
      out = replace(out, p[i], p[i + 1]);
    }
    if (sentHeaders != null) {
      String token = sentHeaders.get(KmHeaders.TRAN_TOKEN);
      if (token != null) {
        out = replace(out, token.substring(token.lastIndexOf(':') + 1), HIDDEN);
      }
      out = replace(out, sentHeaders.get(KmHeaders.ACCESS_KEY), HIDDEN);
      out = replace(out, sentHeaders.get(KmHeaders.CRYPTO_KEY_ID), HIDDEN);
    }
    return out;
  }

  private String[] pairs() {
    String[] p = pairs;
    if (p == null) {
      List<String[]> found = new ArrayList<>();
      for (String v : clientValues) {
        found.add(new String[] {v, HIDDEN});
      }
      if (requestJson != null) {
        collect(null, parse(requestJson), found);
      }
      // Longest first, so a value that contains another is masked whole.
      found.sort((a, b) -> b[0].length() - a[0].length());
      p = new String[found.size() * 2];
      for (int i = 0; i < found.size(); i++) {
        p[2 * i] = found.get(i)[0];
        p[2 * i + 1] = found.get(i)[1];
      }
      pairs = p;
    }
    return p;
  }

  private static JsonElement parse(byte[] json) {
    try {
      return JsonParser.parseString(new String(json, StandardCharsets.UTF_8));
    } catch (RuntimeException | StackOverflowError e) {
      return null; // the SDK wrote this body: not reached
    }
  }

  /** Adds the values of fields that are not on the allow-list, with their replacement. */
  private static void collect(String field, JsonElement e, List<String[]> found) {
    if (e == null || e.isJsonNull()) {
      return;
    }
    if (e.isJsonObject()) {
      for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
        collect(m.getKey(), m.getValue(), found);
      }
    } else if (e.isJsonArray()) {
      for (JsonElement item : e.getAsJsonArray()) {
        collect(field, item, found);
      }
    } else if (field != null && !Redactor.loggable(field) && !e.getAsJsonPrimitive().isBoolean()) {
      String v = e.getAsString();
      if (v.length() >= MIN_LENGTH) {
        boolean card = Redactor.isCardField(field);
        found.add(new String[] {v, card ? Masking.par(v) : HIDDEN});
      }
    }
  }

  /** {@code text} with each occurrence of {@code value}, in any letter case, replaced. */
  static String replace(String text, String value, String replacement) {
    if (value == null || value.length() < MIN_LENGTH || text.length() < value.length()) {
      return text;
    }
    StringBuilder sb = null;
    int from = 0;
    int last = text.length() - value.length();
    for (int i = 0; i <= last; i++) {
      if (text.regionMatches(true, i, value, 0, value.length())) {
        if (sb == null) {
          sb = new StringBuilder(text.length());
        }
        sb.append(text, from, i).append(replacement);
        i += value.length() - 1;
        from = i + 1;
      }
    }
    return sb == null ? text : sb.append(text, from, text.length()).toString();
  }

  @Override
  public String toString() {
    return "KnownSecrets{" + clientValues.length + " client values" + (requestJson == null ? "" : ", request")
        + '}';
  }

  /** For tests: the values known, in masking order. */
  List<String> values() {
    String[] p = pairs();
    List<String> v = new ArrayList<>();
    for (int i = 0; i < p.length; i += 2) {
      v.add(p[i]);
    }
    return v;
  }
}
