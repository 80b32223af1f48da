package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.konaplate.sdk.spec.FieldDescriptor;
import com.konaplate.sdk.spec.FieldType;
import com.konaplate.sdk.spec.OperationDescriptor;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a request body against an operation's request fields as openapi.yaml describes them
 * (through the public descriptor): presence of required fields, JSON types, string lengths in
 * UTF-16 characters, integer ranges, patterns, enum values, array sizes, nested objects and
 * array items, and the operation's require-one-of rule. Unknown fields are tolerated, as the
 * service tolerates them. Immutable and thread-safe.
 */
final class RequestValidator {
  /** The sandbox's own PAR rule: 27 characters A-Z or 0-9 (the spec only fixes the length). */
  static final Pattern PAR = FixtureModel.PAR;

  private final OperationDescriptor operation;
  private final Map<String, Pattern> patterns = new HashMap<String, Pattern>();
  private final boolean hasPar;

  RequestValidator(OperationDescriptor operation) {
    this.operation = operation;
    compile(operation.requestFields());
    boolean par = false;
    for (FieldDescriptor f : operation.requestFields()) {
      par |= f.name().equals("par") && f.type() == FieldType.STRING;
    }
    this.hasPar = par;
  }

  private void compile(List<FieldDescriptor> fields) {
    for (FieldDescriptor f : fields) {
      if (f.pattern() != null && !patterns.containsKey(f.pattern())) {
        patterns.put(f.pattern(), Pattern.compile(f.pattern()));
      }
      compile(f.fields());
      if (f.item() != null) {
        compile(Collections.singletonList(f.item()));
      }
    }
  }

  /**
   * Returns the name of the first field that breaks a rule (nested as {@code limits.once},
   * array items as {@code serviceIdList[0]}), or null when the body passes.
   */
  String firstViolation(JsonObject body) {
    String bad = checkObject(body, operation.requestFields(), "");
    if (bad != null) {
      return bad;
    }
    List<String> oneOf = operation.requireOneOf();
    if (!oneOf.isEmpty()) {
      boolean any = false;
      for (String name : oneOf) {
        any |= present(body.get(name));
      }
      if (!any) {
        return oneOf.get(0);
      }
    }
    JsonElement par = body.get("par");
    if (hasPar && present(par) && !PAR.matcher(par.getAsString()).matches()) {
      return "par";
    }
    return null;
  }

  private String checkObject(JsonObject o, List<FieldDescriptor> fields, String prefix) {
    for (FieldDescriptor f : fields) {
      JsonElement value = o.get(f.name());
      String name = prefix + f.name();
      if (!present(value)) {
        if (f.required()) {
          return name;
        }
        continue;
      }
      String bad = checkValue(value, f, name);
      if (bad != null) {
        return bad;
      }
    }
    return null;
  }

  private String checkValue(JsonElement value, FieldDescriptor f, String name) {
    switch (f.type()) {
      case STRING:
        return checkString(value, f, name);
      case INTEGER:
        long min = f.minimum() == null ? Long.MIN_VALUE : f.minimum();
        long max = f.maximum() == null ? Long.MAX_VALUE : f.maximum();
        return Json.integerIn(value, min, max) == null ? name : null;
      case BOOLEAN:
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() ? null : name;
      case OBJECT:
        return value.isJsonObject()
            ? checkObject(value.getAsJsonObject(), f.fields(), name + ".") : name;
      case ARRAY:
        return checkArray(value, f, name);
      default:
        return name;
    }
  }

  private String checkString(JsonElement value, FieldDescriptor f, String name) {
    String s = Json.string(value);
    if (s == null) {
      return name;
    }
    if (f.minLength() != null && s.length() < f.minLength()
        || f.maxLength() != null && s.length() > f.maxLength()) {
      return name;
    }
    if (f.pattern() != null && !patterns.get(f.pattern()).matcher(s).find()) {
      return name;
    }
    if (!f.enumValues().isEmpty() && !f.enumValues().contains(s)) {
      return name;
    }
    return null;
  }

  private String checkArray(JsonElement value, FieldDescriptor f, String name) {
    if (!value.isJsonArray()) {
      return name;
    }
    JsonArray array = value.getAsJsonArray();
    if (f.minItems() != null && array.size() < f.minItems()
        || f.maxItems() != null && array.size() > f.maxItems()) {
      return name;
    }
    FieldDescriptor item = f.item();
    for (int i = 0; item != null && i < array.size(); i++) {
      JsonElement e = array.get(i);
      String itemName = name + "[" + i + "]";
      if (!present(e)) {
        return itemName;
      }
      String bad = checkValue(e, item, itemName);
      if (bad != null) {
        return bad;
      }
    }
    return null;
  }

  private static boolean present(JsonElement e) {
    return e != null && !e.isJsonNull();
  }
}
