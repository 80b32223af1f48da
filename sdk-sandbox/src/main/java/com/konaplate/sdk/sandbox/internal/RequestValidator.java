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
 *
 * <p>A violation is answered {@code 000_002} naming the field, except where the operation's
 * page documents the finer codes: then a missing required field is {@code 000_003} and a
 * non-empty string of the wrong length {@code 000_015} (an empty string stays {@code 000_002},
 * as User Register documents for an empty {@code loginId}), and an {@code amount} of zero or less
 * is {@code 007_007} "Recharge amount should be more than zero" (System Recharging), without a
 * field name, as that message has none.
 */
final class RequestValidator {
  /** The sandbox's own PAR rule: 27 characters A-Z or 0-9 (the spec only fixes the length). */
  static final Pattern PAR = FixtureModel.PAR;

  private final OperationDescriptor operation;
  private final Map<String, Pattern> patterns = new HashMap<String, Pattern>();
  private final boolean hasPar;
  private final boolean missingCode;
  private final boolean lengthCode;
  private final boolean amountCode;

  RequestValidator(OperationDescriptor operation) {
    this.operation = operation;
    compile(operation.requestFields());
    boolean par = false;
    for (FieldDescriptor f : operation.requestFields()) {
      par |= f.name().equals("par") && f.type() == FieldType.STRING;
    }
    this.hasPar = par;
    this.missingCode = operation.documents(Result.MISSING_VALUE.code);
    this.lengthCode = operation.documents(Result.WRONG_LENGTH.code);
    this.amountCode = operation.documents(Result.RECHARGE_AMOUNT_NOT_POSITIVE.code);
  }

  /** The refusal of the first field that breaks a rule, or null when the body passes. */
  Answer check(JsonObject body) {
    Violation v = violation(body);
    if (v == null) {
      return null;
    }
    return v.result == Result.RECHARGE_AMOUNT_NOT_POSITIVE ? Answer.of(v.result)
        : Answer.refused(v.result, v.field + v.detail);
  }

  /** A broken rule: the field, the code it is answered with, and what the rule is. */
  private static final class Violation {
    final String field;
    final Result result;
    final String detail;

    Violation(String field, Result result, String detail) {
      this.field = field;
      this.result = result;
      this.detail = detail;
    }
  }

  private Violation invalid(String field) {
    return new Violation(field, Result.INVALID_INPUT, "");
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
    Violation v = violation(body);
    return v == null ? null : v.field;
  }

  private Violation violation(JsonObject body) {
    Violation bad = checkObject(body, operation.requestFields(), "");
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
        return invalid(oneOf.get(0));
      }
    }
    JsonElement par = body.get("par");
    if (hasPar && present(par) && !PAR.matcher(par.getAsString()).matches()) {
      return invalid("par");
    }
    return null;
  }

  private Violation checkObject(JsonObject o, List<FieldDescriptor> fields, String prefix) {
    for (FieldDescriptor f : fields) {
      JsonElement value = o.get(f.name());
      String name = prefix + f.name();
      if (!present(value)) {
        if (f.required()) {
          return missingCode ? new Violation(name, Result.MISSING_VALUE, "") : invalid(name);
        }
        continue;
      }
      Violation bad = checkValue(value, f, name);
      if (bad != null) {
        return bad;
      }
    }
    return null;
  }

  private Violation checkValue(JsonElement value, FieldDescriptor f, String name) {
    switch (f.type()) {
      case STRING:
        return checkString(value, f, name);
      case INTEGER:
        long min = f.minimum() == null ? Long.MIN_VALUE : f.minimum();
        long max = f.maximum() == null ? Long.MAX_VALUE : f.maximum();
        if (Json.integerIn(value, min, max) != null) {
          return null;
        }
        return amountCode && name.equals("amount")
            && Json.integerIn(value, Long.MIN_VALUE, 0) != null
            ? new Violation(name, Result.RECHARGE_AMOUNT_NOT_POSITIVE, "") : invalid(name);
      case BOOLEAN:
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()
            ? null : invalid(name);
      case OBJECT:
        return value.isJsonObject()
            ? checkObject(value.getAsJsonObject(), f.fields(), name + ".") : invalid(name);
      case ARRAY:
        return checkArray(value, f, name);
      default:
        return invalid(name);
    }
  }

  private Violation checkString(JsonElement value, FieldDescriptor f, String name) {
    String s = Json.string(value);
    if (s == null || s.isEmpty() && f.minLength() != null && f.minLength() > 0) {
      return invalid(name);
    }
    if (f.minLength() != null && s.length() < f.minLength()
        || f.maxLength() != null && s.length() > f.maxLength()) {
      if (!lengthCode) {
        return invalid(name);
      }
      return new Violation(name, Result.WRONG_LENGTH, " (must be between "
          + (f.minLength() == null ? 0 : f.minLength()) + " and "
          + (f.maxLength() == null ? "any" : f.maxLength()) + ")");
    }
    if (f.pattern() != null && !patterns.get(f.pattern()).matcher(s).find()) {
      return invalid(name);
    }
    if (!f.enumValues().isEmpty() && !f.enumValues().contains(s)) {
      return invalid(name);
    }
    return null;
  }

  private Violation checkArray(JsonElement value, FieldDescriptor f, String name) {
    if (!value.isJsonArray()) {
      return invalid(name);
    }
    JsonArray array = value.getAsJsonArray();
    if (f.minItems() != null && array.size() < f.minItems()
        || f.maxItems() != null && array.size() > f.maxItems()) {
      return invalid(name);
    }
    FieldDescriptor item = f.item();
    for (int i = 0; item != null && i < array.size(); i++) {
      JsonElement e = array.get(i);
      String itemName = name + "[" + i + "]";
      if (!present(e)) {
        return invalid(itemName);
      }
      Violation bad = checkValue(e, item, itemName);
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
