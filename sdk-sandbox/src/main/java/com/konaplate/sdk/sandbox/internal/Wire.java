package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's reading and writing of the wire: headers, request bodies (strict UTF-8 JSON, the
 * {@code encData} envelope) and answers (the data fields, then the {@code response} envelope).
 * Stateless.
 */
final class Wire {
  private Wire() {
  }

  static String single(Map<String, List<String>> h, String name) {
    List<String> values = h.get(name);
    return values == null || values.size() != 1 ? null : values.get(0);
  }

  static boolean isJsonUtf8(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].trim().toLowerCase(Locale.ROOT).equals("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("charset")) {
        String cs = p.substring(eq + 1).trim().replace("\"", "");
        if (!cs.equalsIgnoreCase("UTF-8") && !cs.equalsIgnoreCase("utf8")) {
          return false;
        }
      }
    }
    return true;
  }

  /** The body as a JSON object, or null when it is not strict UTF-8 JSON holding an object. */
  static JsonObject parseObject(byte[] body) {
    try {
      // Decode strictly first: a lenient decoder would turn bad bytes into U+FFFD silently.
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      Reader reader = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8);
      JsonElement element = Json.parseStrict(reader);
      return element != null && element.isJsonObject() ? element.getAsJsonObject() : null;
    } catch (CharacterCodingException e) {
      return null;
    } catch (IOException e) {
      return null; // cannot happen on a byte array
    }
  }

  /** The JWE of a body that is exactly {"encData":"<string>"}, else null. */
  static String encData(byte[] body) {
    JsonObject json = parseObject(body);
    if (json == null || json.size() != 1) {
      return null;
    }
    return Json.string(json.get("encData"));
  }

  static EngineResponse envelope(Result result, String field, String correlationId) {
    String description = field == null ? result.description : result.description + ". " + field;
    return envelope(result.httpStatus, result.code, description, correlationId, null);
  }

  static EngineResponse answer(Answer answer, String correlationId) {
    Result r = answer.result;
    String description = answer.field == null ? r.description : r.description + ". " + answer.field;
    return envelope(r.httpStatus, r.code, description, correlationId, answer.data);
  }

  static EngineResponse envelope(int status, String code, String description,
      String correlationId) {
    return envelope(status, code, description, correlationId, null);
  }

  /** The answer: the data fields (if any), then {@code "response":{"code","description"}}. */
  static EngineResponse envelope(int status, String code, String description,
      String correlationId, JsonObject data) {
    JsonObject inner = new JsonObject();
    inner.addProperty("code", code);
    inner.addProperty("description", description);
    JsonObject outer = new JsonObject();
    if (data != null) {
      for (Map.Entry<String, JsonElement> e : data.entrySet()) {
        outer.add(e.getKey(), e.getValue());
      }
    }
    outer.add("response", inner);
    Map<String, String> headers = new LinkedHashMap<String, String>();
    headers.put("Content-Type", EngineResponse.JSON);
    if (correlationId != null) {
      headers.put(SandboxEngine.CORRELATION_ID, correlationId);
    }
    return new EngineResponse(status, code, headers,
        outer.toString().getBytes(StandardCharsets.UTF_8));
  }

}
