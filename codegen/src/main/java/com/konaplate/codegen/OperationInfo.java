package com.konaplate.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One operation of openapi.yaml with everything the templates need: its group and method,
 * request and result types, retry class, encryption flags, documented codes, read-back and
 * shortcuts. Every vendor extension is checked here, so a mistake in the spec fails the build
 * with a message naming the operation.
 */
public final class OperationInfo {
  static final List<String> RETRY_CLASSES = Arrays.asList("read", "convergent", "unsafe");
  static final List<String> SOURCES = Arrays.asList("doc", "community", "inferred");

  final String operationId;
  final String tag;
  final String method;
  final String summary;
  final String description;
  final String path;
  final String retry;
  final List<String> replayCodes;
  final boolean encryptRequest;
  final boolean encryptResponse;
  final String source;
  final List<Map<String, String>> errors;
  final String requestType;
  final String resultType;
  final List<String> requireOneOf;
  final List<FieldInfo> requestFields;
  final List<FieldInfo> resultFields;
  final List<Map<String, Object>> shortcuts = new ArrayList<>();
  final Map<String, Object> readBack;
  final Map<String, Object> sequence;
  final Map<String, Object> token;
  final String tokenField;
  final Map<String, Object> paging;
  final Map<String, Object> examples;

  private OperationInfo(OpenAPI api, SchemaReader schemas, String path, Operation op) {
    this.operationId = op.getOperationId();
    String where = "openapi.yaml: operation " + operationId;
    if (op.getTags() == null || op.getTags().size() != 1) {
      throw new IllegalStateException(where + " needs exactly one tag (its group)");
    }
    Map<String, Object> ext = op.getExtensions() == null ? Collections.emptyMap()
        : op.getExtensions();
    this.tag = op.getTags().get(0);
    this.method = string(ext, "x-konaplate-method", operationId);
    this.summary = op.getSummary() == null ? operationId : op.getSummary();
    this.description = op.getDescription();
    this.path = path;
    this.retry = string(ext, "x-konaplate-retry", null);
    if (!RETRY_CLASSES.contains(retry)) {
      throw new IllegalStateException(where + ": x-konaplate-retry must be one of "
          + RETRY_CLASSES);
    }
    this.replayCodes = strings(ext.get("x-konaplate-replay-codes"));
    if (!replayCodes.isEmpty() && "read".equals(retry)) {
      throw new IllegalStateException(where + ": a read has no replay codes");
    }
    Map<String, Object> enc = map(ext.get("x-konaplate-encryption"));
    if (enc == null || !(enc.get("request") instanceof Boolean)
        || !(enc.get("response") instanceof Boolean)) {
      throw new IllegalStateException(where + ": x-konaplate-encryption needs request and "
          + "response flags (true/false)");
    }
    this.encryptRequest = (Boolean) enc.get("request");
    this.encryptResponse = (Boolean) enc.get("response");
    this.source = string(ext, "x-konaplate-source", null);
    if (!SOURCES.contains(source)) {
      throw new IllegalStateException(where + ": x-konaplate-source must be one of " + SOURCES);
    }
    this.errors = new ArrayList<>();
    Object errs = ext.get("x-konaplate-errors");
    if (!(errs instanceof List)) {
      throw new IllegalStateException(where + ": x-konaplate-errors must list the documented "
          + "codes ([] when the page lists none)");
    }
    for (Object e : (List<?>) errs) {
      Map<String, Object> m = map(e);
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put("code", String.valueOf(m.get("code")));
      entry.put("description", String.valueOf(m.get("description")));
      errors.add(entry);
    }
    this.requestType = bodySchema(where, op);
    this.resultType = resultSchema(where, op);
    Schema<?> requestSchema = schemas.component(requestType);
    this.requireOneOf = strings(requestSchema.getExtensions() == null ? null
        : requestSchema.getExtensions().get("x-konaplate-require-one-of"));
    this.requestFields = schemas.fields(requestType);
    this.resultFields = schemas.fields(resultType);
    for (Object s : list(ext.get("x-konaplate-shortcuts"))) {
      shortcuts.add(shortcut(where, map(s), schemas));
    }
    this.readBack = map(ext.get("x-konaplate-read-back"));
    this.sequence = map(ext.get("x-konaplate-sequence"));
    if (sequence != null) {
      find(where, String.valueOf(sequence.get("field")));
      if (!(sequence.get("length") instanceof Integer)) {
        throw new IllegalStateException(where + ": x-konaplate-sequence needs a length");
      }
    }
    this.token = map(ext.get("x-konaplate-token"));
    this.tokenField = ext.get("x-konaplate-token-field") == null ? null
        : find(where, ext.get("x-konaplate-token-field").toString()).jsonName;
    this.paging = map(ext.get("x-konaplate-paging"));
    this.examples = examples(op);
  }

  /** Every operation of the spec, in the spec's order. */
  static List<OperationInfo> all(OpenAPI api, SchemaReader schemas) {
    List<OperationInfo> out = new ArrayList<>();
    for (Map.Entry<String, PathItem> p : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> o : p.getValue().readOperationsMap()
          .entrySet()) {
        if (o.getKey() != PathItem.HttpMethod.POST) {
          throw new IllegalStateException("openapi.yaml: " + p.getKey() + " " + o.getKey()
              + ": KONA PLATE operations are POST");
        }
        out.add(new OperationInfo(api, schemas, p.getKey(), o.getValue()));
      }
    }
    for (OperationInfo op : out) {
      op.checkReadBack(out);
    }
    return out;
  }

  /** A read-back must name an operation of the spec that is a read. */
  private void checkReadBack(List<OperationInfo> all) {
    if (readBack == null) {
      return;
    }
    Object name = readBack.get("operation");
    for (OperationInfo other : all) {
      if (other.operationId.equals(name)) {
        if (!"read".equals(other.retry)) {
          throw new IllegalStateException("openapi.yaml: operation " + operationId
              + ": x-konaplate-read-back names " + name + ", which is not a read");
        }
        return;
      }
    }
    throw new IllegalStateException("openapi.yaml: operation " + operationId
        + ": x-konaplate-read-back names " + name + ", which is no operation of the spec");
  }

  private Map<String, Object> shortcut(String where, Map<String, Object> s, SchemaReader schemas) {
    String name = string(s, "method", null);
    List<String> params = new ArrayList<>();
    StringBuilder calls = new StringBuilder();
    List<Map<String, String>> paramDocs = new ArrayList<>();
    for (String arg : strings(s.get("args"))) {
      FieldInfo f = find(where, arg);
      params.add(f.returnType() + " " + f.accessor);
      calls.append('.').append(f.accessor).append('(').append(f.accessor).append(')');
      Map<String, String> doc = new LinkedHashMap<>();
      doc.put("name", f.accessor);
      doc.put("javadoc", f.javadoc());
      paramDocs.add(doc);
    }
    Map<String, Object> fixed = map(s.get("fixed"));
    if (fixed != null) {
      for (Map.Entry<String, Object> e : fixed.entrySet()) {
        FieldInfo f = find(where, e.getKey());
        if (f.kind != FieldInfo.Kind.ENUM || !f.enumValues.contains(String.valueOf(e.getValue()))) {
          throw new IllegalStateException(where + ": shortcut " + name + " fixes " + e.getKey()
              + " to a value its enum does not have");
        }
        calls.append('.').append(f.accessor).append("(com.konaplate.sdk.model.").append(f.refType)
            .append('.').append(EnumInfo.constant(String.valueOf(e.getValue()))).append(')');
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("method", name);
    out.put("params", String.join(", ", params));
    out.put("paramDocs", paramDocs);
    out.put("builderCalls", calls.toString());
    out.put("summary", Javadoc.text(string(s, "summary", summary + ".")));
    return out;
  }

  private FieldInfo find(String where, String json) {
    for (FieldInfo f : requestFields) {
      if (f.jsonName.equals(json)) {
        return f;
      }
    }
    throw new IllegalStateException(where + ": no request field " + json);
  }

  private static String bodySchema(String where, Operation op) {
    if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
      throw new IllegalStateException(where + " needs a JSON request body");
    }
    MediaType mt = op.getRequestBody().getContent().get("application/json");
    if (mt == null || mt.getSchema() == null || mt.getSchema().get$ref() == null) {
      throw new IllegalStateException(where + ": the request body must $ref a component schema");
    }
    return SchemaReader.refName(mt.getSchema().get$ref());
  }

  private static String resultSchema(String where, Operation op) {
    ApiResponse ok = op.getResponses() == null ? null : op.getResponses().get("200");
    MediaType mt = ok == null || ok.getContent() == null ? null
        : ok.getContent().get("application/json");
    if (mt == null || mt.getSchema() == null || mt.getSchema().get$ref() == null) {
      throw new IllegalStateException(where + ": the 200 response must $ref a component schema");
    }
    return SchemaReader.refName(mt.getSchema().get$ref());
  }

  /** Request examples by name, each with the response examples of the same name. */
  private static Map<String, Object> examples(Operation op) {
    Map<String, Object> out = new LinkedHashMap<>();
    MediaType req = op.getRequestBody().getContent().get("application/json");
    if (req.getExamples() == null) {
      return out;
    }
    for (Map.Entry<String, io.swagger.v3.oas.models.examples.Example> e
        : req.getExamples().entrySet()) {
      Map<String, Object> ex = new LinkedHashMap<>();
      ex.put("summary", e.getValue().getSummary());
      ex.put("request", e.getValue().getValue());
      for (Map.Entry<String, ApiResponse> r : op.getResponses().entrySet()) {
        MediaType mt = r.getValue().getContent() == null ? null
            : r.getValue().getContent().get("application/json");
        if (mt != null && mt.getExamples() != null && mt.getExamples().containsKey(e.getKey())) {
          ex.put("status", r.getKey());
          ex.put("response", mt.getExamples().get(e.getKey()).getValue());
        }
      }
      out.put(e.getKey(), ex);
    }
    return out;
  }

  static String string(Map<String, Object> m, String key, String fallback) {
    Object v = m == null ? null : m.get(key);
    return v == null ? fallback : v.toString();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    if (o == null) {
      return null;
    }
    if (!(o instanceof Map)) {
      throw new IllegalStateException("openapi.yaml: expected an object, found " + o);
    }
    return (Map<String, Object>) o;
  }

  static List<?> list(Object o) {
    return o == null ? Collections.emptyList() : (List<?>) o;
  }

  static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    for (Object x : list(o)) {
      out.add(String.valueOf(x));
    }
    return out;
  }

  /** The group accessor name, e.g. {@code cards} for tag {@code Cards}. */
  String group() {
    return Character.toLowerCase(tag.charAt(0)) + tag.substring(1);
  }
}
