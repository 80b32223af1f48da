package com.konaplate.sdk.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RawRequest;
import com.konaplate.sdk.RawResponse;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.spec.ApiDescriptor;
import com.konaplate.sdk.spec.OperationDescriptor;
import com.konaplate.sdk.spec.OperationExample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A documented case of an operation, as openapi.yaml's examples give it: the request and the
 * answer a freshly reset sandbox with the default fixture gives it. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (DocumentedExample example : DocumentedExample.all()) {
 *   sandbox.reset();
 *   Optional<String> difference = example.check(example.run(client));
 *   assertFalse(difference.isPresent(), () -> example + ": " + difference.get());
 * }
 * }</pre>
 */
public final class DocumentedExample {
  private final OperationDescriptor operation;
  private final OperationExample example;
  private final String code;

  private DocumentedExample(OperationDescriptor operation, OperationExample example) {
    this.operation = operation;
    this.example = example;
    this.code = codeOf(example.responseJson());
  }

  /** Every documented case of every operation, in the spec's order. Unmodifiable. */
  public static List<DocumentedExample> all() {
    List<DocumentedExample> out = new ArrayList<DocumentedExample>();
    for (OperationDescriptor op : ApiDescriptor.konaplate().operations()) {
      for (OperationExample e : op.examples()) {
        out.add(new DocumentedExample(op, e));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The documented cases of one operation, in the spec's order. Unmodifiable.
   *
   * @throws IllegalArgumentException when openapi.yaml has no such operation
   */
  public static List<DocumentedExample> of(String operationId) {
    if (operationId == null) {
      throw new NullPointerException("operationId == null");
    }
    OperationDescriptor op = ApiDescriptor.konaplate().operation(operationId);
    if (op == null) {
      throw new IllegalArgumentException("openapi.yaml has no operation " + operationId);
    }
    List<DocumentedExample> out = new ArrayList<DocumentedExample>();
    for (OperationExample e : op.examples()) {
      out.add(new DocumentedExample(op, e));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The documented case {@code name} of {@code operationId}.
   *
   * @throws IllegalArgumentException when there is no such operation or example
   */
  public static DocumentedExample of(String operationId, String name) {
    for (DocumentedExample e : of(operationId)) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException(operationId + " has no example " + name);
  }

  private static String codeOf(String responseJson) {
    if (responseJson == null) {
      return null;
    }
    JsonElement root = JsonParser.parseString(responseJson);
    if (!root.isJsonObject() || !root.getAsJsonObject().has("response")) {
      return null;
    }
    JsonElement c = root.getAsJsonObject().getAsJsonObject("response").get("code");
    return c == null ? null : c.getAsString();
  }

  /** The operation's descriptor. */
  public OperationDescriptor operation() {
    return operation;
  }

  /** The operationId, e.g. {@code changeCardStatus}. */
  public String operationId() {
    return operation.operationId();
  }

  /** The example's name in the spec, e.g. {@code alreadyTerminated}. */
  public String name() {
    return example.name();
  }

  /** The case as the docs title it, e.g. {@code 400 - Card already terminated}. */
  public String summary() {
    return example.summary();
  }

  /** The request body, as JSON. */
  public String requestJson() {
    return example.requestJson();
  }

  /** The HTTP status of the documented answer, or 0 when the spec gives none. */
  public int httpStatus() {
    return example.httpStatus();
  }

  /** The result code of the documented answer, or null when the spec gives none. */
  public String code() {
    return code;
  }

  /** The documented answer, as JSON, or null when the spec gives none. */
  public String responseJson() {
    return example.responseJson();
  }

  /**
   * Sends the example's request with {@code client} (a raw call to the operation's path, with
   * its retry class and encryption flags, so the request is signed and encrypted as the typed
   * call would be) and returns how it was answered: the success or the API's refusal. Other
   * failures (connection, 5xx, crypto) are thrown as the client throws them.
   */
  public ExampleRun run(KonaplateClient client) {
    if (client == null) {
      throw new NullPointerException("client == null");
    }
    RawRequest request = RawRequest.builder()
        .path(operation.path())
        .json(requestJson())
        .retryClass(operation.retryClass())
        .encryptRequest(operation.encryptRequest())
        .encryptResponse(operation.encryptResponse())
        .build();
    try {
      RawResponse r = client.rawCall(request);
      return new ExampleRun(r.httpStatus(), r.code(), r.json());
    } catch (KonaplateApiException e) {
      return new ExampleRun(e.httpStatus(), e.code(), null);
    }
  }

  /**
   * Compares a run with the documented answer: the HTTP status, the result code and, for a
   * success whose answer the spec gives, every documented field (objects may carry more fields;
   * arrays must have the same length, item by item). Returns the first difference, naming the
   * field but never its value, or empty when the run answered as documented.
   */
  public Optional<String> check(ExampleRun run) {
    if (httpStatus() != 0 && run.httpStatus() != httpStatus()) {
      return Optional.of("HTTP " + run.httpStatus() + " instead of " + httpStatus());
    }
    if (code != null && !code.equals(run.code())) {
      return Optional.of("code " + run.code() + " instead of " + code);
    }
    if (responseJson() != null && run.json() != null) {
      String diff = contains(JsonParser.parseString(responseJson()),
          JsonParser.parseString(run.json()), "");
      if (diff != null) {
        return Optional.of("field " + diff + " differs from the documented answer");
      }
    }
    return Optional.empty();
  }

  /** The path of the first documented value {@code actual} lacks, or null. */
  private static String contains(JsonElement expected, JsonElement actual, String path) {
    if (expected.isJsonObject()) {
      if (!actual.isJsonObject()) {
        return path.isEmpty() ? "(root)" : path;
      }
      JsonObject a = actual.getAsJsonObject();
      for (Map.Entry<String, JsonElement> e : expected.getAsJsonObject().entrySet()) {
        String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (p.equals("response.description")) {
          continue; // messages are for people: never compared
        }
        JsonElement value = a.get(e.getKey());
        String diff = value == null ? p : contains(e.getValue(), value, p);
        if (diff != null) {
          return diff;
        }
      }
      return null;
    }
    if (expected.isJsonArray()) {
      JsonArray x = expected.getAsJsonArray();
      if (!actual.isJsonArray() || actual.getAsJsonArray().size() != x.size()) {
        return path;
      }
      for (int i = 0; i < x.size(); i++) {
        String diff = contains(x.get(i), actual.getAsJsonArray().get(i), path + "[" + i + "]");
        if (diff != null) {
          return diff;
        }
      }
      return null;
    }
    return expected.equals(actual) ? null : path;
  }

  @Override
  public String toString() {
    return operation.operationId() + "/" + example.name() + " (" + example.summary() + ")";
  }

  /** How the sandbox (or any server) answered a documented case. Immutable. */
  public static final class ExampleRun {
    private final int httpStatus;
    private final String code;
    private final String json;

    ExampleRun(int httpStatus, String code, String json) {
      this.httpStatus = httpStatus;
      this.code = code;
      this.json = json;
    }

    /** The HTTP status. */
    public int httpStatus() {
      return httpStatus;
    }

    /** The result code. */
    public String code() {
      return code;
    }

    /** The (decrypted) answer of a success, or null for a refusal. */
    public String json() {
      return json;
    }

    @Override
    public String toString() {
      return "ExampleRun{" + httpStatus + " " + code + "}";
    }
  }
}
