package com.konaplate.codegen;

import io.swagger.v3.core.util.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Java expressions that build the public descriptor ({@code com.konaplate.sdk.spec}) of an
 * operation and its fields, as the generated {@code GeneratedApiDescriptor} writes them.
 */
final class Descriptors {
  private Descriptors() {
  }

  /** The builder chain of one operation's descriptor. */
  static String operation(OperationInfo op) {
    StringBuilder sb = new StringBuilder();
    sb.append("OperationDescriptor.builder(").append(JavaCode.literal(op.operationId)).append(")");
    sb.append("\n        .group(").append(JavaCode.literal(op.group())).append(")");
    sb.append(".method(").append(JavaCode.literal(op.method)).append(")");
    sb.append("\n        .summary(").append(JavaCode.literal(op.summary)).append(")");
    sb.append("\n        .path(").append(JavaCode.literal(op.path)).append(")");
    sb.append("\n        .retryClass(RetryClass.").append(op.retry.toUpperCase(Locale.ROOT))
        .append(")");
    sb.append(".encryption(").append(op.encryptRequest).append(", ").append(op.encryptResponse)
        .append(")");
    sb.append(".source(Source.").append(op.source.toUpperCase(Locale.ROOT)).append(")");
    for (String code : op.replayCodes) {
      sb.append("\n        .replayCode(").append(JavaCode.literal(code)).append(")");
    }
    for (Map<String, String> e : op.errors) {
      sb.append("\n        .error(").append(JavaCode.literal(e.get("code"))).append(", ")
          .append(JavaCode.literal(e.get("description"))).append(")");
    }
    for (FieldInfo f : op.requestFields) {
      sb.append("\n        .requestField(").append(field(f, "        ")).append(")");
    }
    for (String name : op.requireOneOf) {
      sb.append("\n        .requireOneOf(").append(JavaCode.literal(name)).append(")");
    }
    for (FieldInfo f : op.resultFields) {
      sb.append("\n        .responseField(").append(field(f, "        ")).append(")");
    }
    if (op.readBack != null) {
      sb.append("\n        .readBack(").append(readBack(op)).append(")");
    }
    if (op.sequence != null) {
      sb.append("\n        .sequence(").append(JavaCode.literal(op.sequence.get("field").toString()))
          .append(", ").append(op.sequence.get("length")).append(")");
    }
    if (op.tokenField != null) {
      sb.append("\n        .tokenField(").append(JavaCode.literal(op.tokenField)).append(")");
    }
    if (op.token != null) {
      sb.append("\n        .token(").append(token(op)).append(")");
    }
    for (Map.Entry<String, Object> e : op.examples.entrySet()) {
      Map<String, Object> ex = OperationInfo.map(e.getValue());
      Object status = ex.get("status");
      sb.append("\n        .example(").append(JavaCode.literal(e.getKey())).append(", ")
          .append(JavaCode.literal(OperationInfo.string(ex, "summary", e.getKey()))).append(", ")
          .append(JavaCode.literal(json(ex.get("request")))).append(", ")
          .append(status == null ? "0" : Integer.parseInt(status.toString())).append(", ")
          .append(JavaCode.literal(ex.get("response") == null ? null : json(ex.get("response"))))
          .append(")");
    }
    return sb.append("\n        .build()").toString();
  }

  private static String readBack(OperationInfo op) {
    Map<String, Object> rb = op.readBack;
    String where = "openapi.yaml: operation " + op.operationId + ": x-konaplate-read-back";
    StringBuilder sb = new StringBuilder("ReadBackDescriptor.builder(")
        .append(JavaCode.literal(required(rb, "operation", where))).append(")");
    for (Map.Entry<String, Object> e : mapOf(rb, "request", where).entrySet()) {
      sb.append(".request(").append(JavaCode.literal(e.getKey())).append(", ")
          .append(JavaCode.literal(requestField(op, e.getValue(), where))).append(")");
    }
    if (rb.get("list") != null) {
      sb.append(".list(").append(JavaCode.literal(rb.get("list").toString())).append(")");
      for (Map.Entry<String, Object> e : mapOf(rb, "match", where).entrySet()) {
        sb.append(".match(").append(JavaCode.literal(e.getKey())).append(", ")
            .append(JavaCode.literal(requestField(op, e.getValue(), where))).append(")");
      }
    } else if (rb.get("match") != null) {
      throw new IllegalStateException(where + ": match needs a list");
    }
    Map<String, Object> visible = mapOf(rb, "visible", where);
    if (Boolean.TRUE.equals(visible.get("absent"))) {
      if (rb.get("list") == null) {
        throw new IllegalStateException(where + ": visible absent needs a list");
      }
      sb.append(".visibleWhenAbsent()");
    } else if (Boolean.TRUE.equals(visible.get("answered"))) {
      sb.append(".visibleWhenAnswered()");
    } else if (visible.get("codes") != null) {
      for (String code : OperationInfo.strings(visible.get("codes"))) {
        sb.append(".visibleOnCode(").append(JavaCode.literal(code)).append(")");
      }
    } else if (visible.get("values") instanceof List) {
      String field = required(visible, "field", where);
      for (String v : OperationInfo.strings(visible.get("values"))) {
        sb.append(".visibleWhenValue(").append(JavaCode.literal(field)).append(", ")
            .append(JavaCode.literal(v)).append(")");
      }
      sb.append(outcomeValues(rb, "pending", field, where, op));
      sb.append(outcomeValues(rb, "failed", field, where, op));
    } else {
      sb.append(".visibleWhen(").append(JavaCode.literal(required(visible, "field", where)))
          .append(", ").append(JavaCode.literal(requestField(op, visible.get("by"), where)))
          .append(")");
      for (Map.Entry<String, Object> e : mapOf(visible, "values", where).entrySet()) {
        sb.append(".value(").append(JavaCode.literal(e.getKey())).append(", ")
            .append(JavaCode.literal(String.valueOf(e.getValue()))).append(")");
      }
    }
    for (String code : OperationInfo.strings(rb.get("absent-codes"))) {
      sb.append(".absentOnCode(").append(JavaCode.literal(code)).append(")");
    }
    Map<String, Object> constants = OperationInfo.map(rb.get("constants"));
    if (constants != null) {
      for (Map.Entry<String, Object> e : constants.entrySet()) {
        sb.append(".constant(").append(JavaCode.literal(resultField(op, e.getKey(), where)))
            .append(", ").append(JavaCode.literal(json(e.getValue()))).append(")");
      }
    }
    if (rb.get("result") != null) {
      for (Map.Entry<String, Object> e : mapOf(rb, "result", where).entrySet()) {
        sb.append(".result(").append(JavaCode.literal(resultField(op, e.getKey(), where)))
            .append(", ").append(JavaCode.literal(String.valueOf(e.getValue()))).append(")");
      }
    }
    return sb.append(".build()").toString();
  }

  /** The pending or failed values of the read's status field, and the pending result. */
  private static String outcomeValues(Map<String, Object> rb, String key, String field,
      String where, OperationInfo op) {
    Map<String, Object> m = OperationInfo.map(rb.get(key));
    if (m == null) {
      return "";
    }
    if (!field.equals(m.get("field"))) {
      throw new IllegalStateException(where + ": " + key + " must judge the field visible does ("
          + field + ")");
    }
    StringBuilder sb = new StringBuilder();
    String method = key.equals("pending") ? ".pendingWhenValue(" : ".failedWhenValue(";
    for (String v : OperationInfo.strings(m.get("values"))) {
      sb.append(method).append(JavaCode.literal(v)).append(")");
    }
    Map<String, Object> result = OperationInfo.map(m.get("result"));
    if (result != null) {
      for (Map.Entry<String, Object> e : result.entrySet()) {
        sb.append(".pendingConstant(").append(JavaCode.literal(resultField(op, e.getKey(), where)))
            .append(", ").append(JavaCode.literal(json(e.getValue()))).append(")");
      }
    }
    return sb.toString();
  }

  /** The arguments of OperationDescriptor.Builder.token: field, validity, by, value/validity. */
  private static String token(OperationInfo op) {
    String where = "openapi.yaml: operation " + op.operationId + ": x-konaplate-token";
    Map<String, Object> t = op.token;
    StringBuilder sb = new StringBuilder(JavaCode.literal(resultField(op,
        required(t, "field", where), where)));
    Map<String, Object> validity = mapOf(t, "validity", where);
    sb.append(", ").append(JavaCode.literal(java.time.Duration
        .parse(required(validity, "default", where)).toString()));
    Object by = validity.get("by");
    sb.append(", ").append(by == null ? "null" : JavaCode.literal(requestField(op, by, where)));
    Map<String, Object> values = OperationInfo.map(validity.get("values"));
    if (values != null) {
      for (Map.Entry<String, Object> e : values.entrySet()) {
        sb.append(", ").append(JavaCode.literal(e.getKey())).append(", ")
            .append(JavaCode.literal(java.time.Duration.parse(e.getValue().toString()).toString()));
      }
    }
    return sb.toString();
  }

  private static String resultField(OperationInfo op, String name, String where) {
    for (FieldInfo f : op.resultFields) {
      if (f.jsonName.equals(name)) {
        return f.jsonName;
      }
    }
    throw new IllegalStateException(where + ": result names " + name
        + ", which is not a result field");
  }

  private static String requestField(OperationInfo op, Object name, String where) {
    for (FieldInfo f : op.requestFields) {
      if (f.jsonName.equals(String.valueOf(name))) {
        return f.jsonName;
      }
    }
    throw new IllegalStateException(where + " names " + name + ", which is not a request field");
  }

  private static String required(Map<String, Object> m, String key, String where) {
    Object v = m.get(key);
    if (v == null) {
      throw new IllegalStateException(where + " needs " + key);
    }
    return v.toString();
  }

  private static Map<String, Object> mapOf(Map<String, Object> m, String key, String where) {
    Map<String, Object> v = OperationInfo.map(m.get(key));
    if (v == null) {
      throw new IllegalStateException(where + " needs " + key);
    }
    return v;
  }

  /** The builder chain of one field's descriptor (nested fields inline). */
  static String field(FieldInfo f, String indent) {
    StringBuilder sb = new StringBuilder("FieldDescriptor.builder(")
        .append(JavaCode.literal(f.jsonName)).append(", FieldType.").append(type(f)).append(")");
    if (f.required) {
      sb.append(".required()");
    }
    if (f.minLength != null || f.maxLength != null) {
      sb.append(".length(").append(JavaCode.integer(f.minLength)).append(", ")
          .append(JavaCode.integer(f.maxLength)).append(")");
    }
    if (f.minimum != null || f.maximum != null) {
      sb.append(".range(").append(JavaCode.longLiteral(f.minimum)).append(", ")
          .append(JavaCode.longLiteral(f.maximum)).append(")");
    }
    if (f.pattern != null) {
      sb.append(".pattern(").append(JavaCode.literal(f.pattern)).append(")");
    }
    if (f.minItems != null || f.maxItems != null) {
      sb.append(".items(").append(JavaCode.integer(f.minItems)).append(", ")
          .append(JavaCode.integer(f.maxItems)).append(")");
    }
    if (f.enumValues != null) {
      for (String v : f.enumValues) {
        sb.append(".enumValue(").append(JavaCode.literal(v)).append(")");
      }
    }
    if (f.masked()) {
      sb.append(".sensitivity(Sensitivity.MASKED)");
    } else if (f.hidden()) {
      sb.append(".sensitivity(Sensitivity.HIDDEN)");
    }
    if (!"doc".equals(f.source)) {
      sb.append(".source(Source.").append(f.source.toUpperCase(Locale.ROOT)).append(")");
    }
    String inner = indent + "    ";
    for (FieldInfo child : f.fields) {
      sb.append("\n").append(inner).append(".field(").append(field(child, inner)).append(")");
    }
    if (f.item != null) {
      sb.append("\n").append(inner).append(".item(").append(field(f.item, inner)).append(")");
    }
    return sb.append(".build()").toString();
  }

  private static String type(FieldInfo f) {
    switch (f.kind) {
      case LONG:
        return "INTEGER";
      case BOOLEAN:
        return "BOOLEAN";
      case OBJECT:
        return "OBJECT";
      case LIST:
        return "ARRAY";
      case STRING:
      case ENUM:
      default:
        return "STRING";
    }
  }

  private static String json(Object value) {
    try {
      return Json.mapper().writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException("openapi.yaml: an example cannot be written as JSON", e);
    }
  }

  /** Javadoc lines of an exception: its meaning per operation that documents it. */
  static List<Map<String, String>> meanings(String code, List<OperationInfo> ops) {
    List<Map<String, String>> out = new java.util.ArrayList<>();
    for (OperationInfo op : ops) {
      for (Map<String, String> e : op.errors) {
        if (e.get("code").equals(code)) {
          Map<String, String> m = new java.util.LinkedHashMap<>();
          m.put("operationId", op.operationId);
          m.put("summary", Javadoc.text(op.summary).replaceAll("\\.$", ""));
          m.put("description", Javadoc.text(e.get("description")));
          out.add(m);
        }
      }
    }
    return out;
  }
}
