package com.konaplate.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * One property of a schema as the SDK sees it: its JSON name, the Java names and types of its
 * accessor, its rules and its sensitivity. Computed from openapi.yaml by {@link SchemaReader};
 * the templates read its getters (jmustache calls them by name).
 */
public final class FieldInfo {
  /** What a value is on the wire. */
  public enum Kind { STRING, LONG, BOOLEAN, ENUM, OBJECT, LIST }

  final String jsonName;
  final String accessor;
  final Kind kind;
  /** The model class of an ENUM or OBJECT, or null. */
  final String refType;
  /** The element of a LIST, or null. */
  final FieldInfo item;
  final boolean required;
  final Integer minLength;
  final Integer maxLength;
  final Long minimum;
  final Long maximum;
  final String pattern;
  final Integer minItems;
  final Integer maxItems;
  /** none, masked or hidden. */
  final String sensitive;
  /** doc, community or inferred. */
  final String source;
  final String description;
  final List<String> enumValues;
  /** The fields of an OBJECT (for the descriptor), filled by the reader. */
  final List<FieldInfo> fields = new ArrayList<>();

  FieldInfo(String jsonName, String accessor, Kind kind, String refType, FieldInfo item,
      boolean required, Integer minLength, Integer maxLength, Long minimum, Long maximum,
      String pattern, Integer minItems, Integer maxItems, String sensitive, String source,
      String description, List<String> enumValues) {
    this.jsonName = jsonName;
    this.accessor = accessor;
    this.kind = kind;
    this.refType = refType;
    this.item = item;
    this.required = required;
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.minimum = minimum;
    this.maximum = maximum;
    this.pattern = pattern;
    this.minItems = minItems;
    this.maxItems = maxItems;
    this.sensitive = sensitive;
    this.source = source;
    this.description = description;
    this.enumValues = enumValues;
  }

  /** The Java type of the field and of an optional accessor (boxed). */
  public String boxedType() {
    switch (kind) {
      case STRING:
        return "String";
      case LONG:
        return "Long";
      case BOOLEAN:
        return "Boolean";
      case LIST:
        return "List<" + item.boxedType() + ">";
      default:
        return refType;
    }
  }

  /** {@link #boxedType()} with model and list types fully qualified, for the internal codecs. */
  public String qualifiedBoxedType() {
    switch (kind) {
      case LIST:
        return "java.util.List<" + item.qualifiedBoxedType() + ">";
      case ENUM:
      case OBJECT:
        return JavaCode.modelType(refType);
      default:
        return boxedType();
    }
  }

  /** The accessor's type: primitive for a required number or flag. */
  public String returnType() {
    if (required && kind == Kind.LONG) {
      return "long";
    }
    if (required && kind == Kind.BOOLEAN) {
      return "boolean";
    }
    return boxedType();
  }

  /** True when the accessor returns a primitive. */
  public boolean primitive() {
    return !returnType().equals(boxedType());
  }

  public String jsonName() {
    return jsonName;
  }

  public String accessor() {
    return accessor;
  }

  /** The accessor with its first letter upper-cased, for generated names. */
  public String accessorCapitalized() {
    return Character.toUpperCase(accessor.charAt(0)) + accessor.substring(1);
  }

  public boolean required() {
    return required;
  }

  public boolean isList() {
    return kind == Kind.LIST;
  }

  public boolean isObject() {
    return kind == Kind.OBJECT;
  }

  public boolean masked() {
    return "masked".equals(sensitive);
  }

  public boolean hidden() {
    return "hidden".equals(sensitive);
  }

  public boolean community() {
    return "community".equals(source);
  }

  public boolean inferred() {
    return "inferred".equals(source);
  }

  /** The description as Javadoc text. */
  public String javadoc() {
    return Javadoc.text(description == null ? "The " + jsonName + " field." : description);
  }

  /** The call that describes this field to a generated reader's {@code ObjectFields}. */
  public String describeMember() {
    return JavaCode.describeMember(this);
  }

  /** The field's JSON name as a Java string literal. */
  public String jsonLiteral() {
    return JavaCode.literal(jsonName);
  }

  /** The writer call that adds this field of model {@code m}. */
  public String writeCall() {
    return JavaCode.writeField(this);
  }

  /** Validation statements of this field (uses {@code prefix}). */
  public List<String> validations() {
    return JavaCode.validations(this);
  }

  /** How toString() shows the value of this field. */
  public String toStringExpression() {
    if (masked()) {
      return "Masking.par(" + (kind == Kind.STRING ? accessor : "String.valueOf(" + accessor + ")")
          + ")";
    }
    if (hidden()) {
      return "(" + accessor + " == null ? \"null\" : \"****\")";
    }
    return accessor;
  }
}
