package com.konaplate.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the component schemas of openapi.yaml into {@link FieldInfo}s. Refuses, with a message
 * naming the schema and property, what the SDK cannot model faithfully (inline enums, numbers
 * that are not int64 integers, nested arrays): the build fails rather than guess.
 */
final class SchemaReader {
  private static final Set<String> JAVA_KEYWORDS = new HashSet<>(Arrays.asList("abstract",
      "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
      "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
      "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
      "new", "package", "private", "protected", "public", "return", "short", "static",
      "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
      "void", "volatile", "while", "true", "false", "null", "var", "record", "yield",
      // Names the result base class and every model already use.
      "builder", "toBuilder", "unknownFields", "metadata", "code", "description",
      "correlationId", "httpStatus", "attempts", "elapsed", "confirmedByReadBack", "validate",
      "equals", "hashCode", "toString", "getClass"));

  private final OpenAPI openAPI;

  SchemaReader(OpenAPI openAPI) {
    this.openAPI = openAPI;
  }

  /** The schema of a component, or a build failure naming it. */
  Schema<?> component(String name) {
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    Schema<?> s = schemas == null ? null : schemas.get(name);
    if (s == null) {
      throw new IllegalStateException("openapi.yaml: no schema named " + name);
    }
    return s;
  }

  /** The component a {@code $ref} names. */
  static String refName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  /** True when the component is a string enum (generated as an extensible enum class). */
  boolean isEnum(String name) {
    Schema<?> s = component(name);
    return s.getEnum() != null && !s.getEnum().isEmpty();
  }

  /** The fields of object schema {@code name}, in the spec's order, nested objects expanded. */
  List<FieldInfo> fields(String name) {
    return fields(name, component(name), 0);
  }

  private List<FieldInfo> fields(String owner, Schema<?> schema, int depth) {
    if (depth > 16) {
      throw new IllegalStateException("openapi.yaml: schema " + owner + " nests too deeply "
          + "(a cycle?)");
    }
    List<FieldInfo> out = new ArrayList<>();
    if (schema.getAllOf() != null) {
      // A result that is only the envelope: allOf [ResultEnvelope]; anything else is refused.
      for (Schema<?> part : schema.getAllOf()) {
        if (part.get$ref() == null || !refName(part.get$ref()).equals("ResultEnvelope")) {
          throw new IllegalStateException("openapi.yaml: " + owner + ": allOf is only for "
              + "envelope-only results (allOf: [ResultEnvelope]); list data fields as properties");
        }
      }
      return out;
    }
    Map<String, Schema> props = schema.getProperties();
    if (props == null) {
      return out;
    }
    List<String> required = schema.getRequired() == null
        ? Collections.emptyList() : schema.getRequired();
    for (Map.Entry<String, Schema> p : props.entrySet()) {
      out.add(field(owner, p.getKey(), p.getValue(), required.contains(p.getKey()), depth));
    }
    for (String r : required) {
      if (!props.containsKey(r)) {
        throw new IllegalStateException("openapi.yaml: " + owner + " requires " + r
            + ", which it does not define");
      }
    }
    return out;
  }

  private FieldInfo field(String owner, String json, Schema<?> s, boolean required, int depth) {
    String where = owner + "." + json;
    Map<String, Object> ext = s.getExtensions();
    String accessor = ext != null && ext.get("x-konaplate-name") != null
        ? ext.get("x-konaplate-name").toString() : json;
    if (!accessor.matches("[a-z][A-Za-z0-9]*") || JAVA_KEYWORDS.contains(accessor)) {
      throw new IllegalStateException("openapi.yaml: " + where + " needs x-konaplate-name: "
          + "'" + accessor + "' is not a usable Java accessor name");
    }
    FieldInfo f = value(where, json, accessor, s, required, depth);
    if ((f.masked() || f.hidden()) && f.kind != FieldInfo.Kind.STRING) {
      throw new IllegalStateException("openapi.yaml: " + where + " is x-konaplate-sensitive but "
          + "not a string");
    }
    return f;
  }

  private FieldInfo value(String where, String json, String accessor, Schema<?> s,
      boolean required, int depth) {
    Map<String, Object> ext = s.getExtensions();
    String sensitive = ext(ext, "x-konaplate-sensitive", "none");
    if (!Arrays.asList("none", "masked", "hidden").contains(sensitive)) {
      throw new IllegalStateException("openapi.yaml: " + where + ": x-konaplate-sensitive must be "
          + "masked or hidden");
    }
    String source = ext(ext, "x-konaplate-source", null);
    String description = s.getDescription();
    if (s.get$ref() != null) {
      String ref = refName(s.get$ref());
      Schema<?> target = component(ref);
      String refSource = source != null ? source
          : ext(target.getExtensions(), "x-konaplate-source", "doc");
      String refDescription = description != null ? description : target.getDescription();
      if (isEnum(ref)) {
        List<String> values = new ArrayList<>();
        for (Object v : target.getEnum()) {
          values.add(String.valueOf(v));
        }
        return new FieldInfo(json, accessor, FieldInfo.Kind.ENUM, ref, null, required, null, null,
            null, null, null, null, null, sensitive, refSource, refDescription, values);
      }
      FieldInfo f = new FieldInfo(json, accessor, FieldInfo.Kind.OBJECT, ref, null, required, null,
          null, null, null, null, null, null, sensitive, refSource, refDescription, null);
      f.fields.addAll(fields(ref, target, depth + 1));
      return f;
    }
    source = source == null ? "doc" : source;
    if (s.getEnum() != null && !s.getEnum().isEmpty()) {
      throw new IllegalStateException("openapi.yaml: " + where + " has an inline enum: declare it "
          + "as a component schema and $ref it, so it becomes one extensible enum type");
    }
    String type = s.getType() != null ? s.getType()
        : s.getTypes() != null && s.getTypes().size() == 1 ? s.getTypes().iterator().next() : null;
    if ("string".equals(type)) {
      return new FieldInfo(json, accessor, FieldInfo.Kind.STRING, null, null, required,
          s.getMinLength(), s.getMaxLength(), null, null, s.getPattern(), null, null, sensitive,
          source, description, null);
    }
    if ("integer".equals(type)) {
      if (!"int64".equals(s.getFormat())) {
        throw new IllegalStateException("openapi.yaml: " + where + " must be format: int64 "
            + "(KONA PLATE ids and amounts exceed int32)");
      }
      return new FieldInfo(json, accessor, FieldInfo.Kind.LONG, null, null, required, null, null,
          longOf(s.getMinimum()), longOf(s.getMaximum()), null, null, null, sensitive, source,
          description, null);
    }
    if ("boolean".equals(type)) {
      return new FieldInfo(json, accessor, FieldInfo.Kind.BOOLEAN, null, null, required, null,
          null, null, null, null, null, null, sensitive, source, description, null);
    }
    if ("array".equals(type)) {
      Schema<?> items = s.getItems();
      if (items == null) {
        throw new IllegalStateException("openapi.yaml: " + where + " is an array without items");
      }
      FieldInfo item = value(where + "[]", json, accessor, items, true, depth + 1);
      if (item.kind == FieldInfo.Kind.LIST) {
        throw new IllegalStateException("openapi.yaml: " + where + ": arrays of arrays are not "
            + "supported");
      }
      return new FieldInfo(json, accessor, FieldInfo.Kind.LIST, null, item, required, null, null,
          null, null, null, s.getMinItems(), s.getMaxItems(), sensitive, source, description,
          null);
    }
    throw new IllegalStateException("openapi.yaml: " + where + " has type " + type + "; the SDK "
        + "models string, integer (int64), boolean, array, enum and object references");
  }

  private static Long longOf(BigDecimal d) {
    return d == null ? null : d.longValueExact();
  }

  static String ext(Map<String, Object> ext, String name, String fallback) {
    Object v = ext == null ? null : ext.get(name);
    return v == null ? fallback : v.toString();
  }
}
