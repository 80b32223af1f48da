package com.konaplate.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The Java expressions and statements generated per field: how it is read from a response, how
 * it is written into a request, how it is validated. Kept here rather than in the templates,
 * where the case analysis would be unreadable; the helpers they call live in sdk-core
 * ({@code ResponseFields}, {@code JsonArrays}, {@code Rules}).
 */
final class JavaCode {
  private JavaCode() {
  }

  /**
   * The call that describes field {@code f} to a generated reader's {@code ObjectFields}: by
   * kind, with what reads a nested value (an enum's {@code of}, a reader's {@code read}).
   */
  static String describeMember(FieldInfo f) {
    String head = literal(f.jsonName) + ", " + f.required;
    switch (f.kind) {
      case STRING:
        return ".string(" + head + ")";
      case LONG:
        return ".integer(" + head + ")";
      case BOOLEAN:
        return ".bool(" + head + ")";
      case ENUM:
        return ".enumValue(" + head + ", " + modelType(f.refType) + "::of)";
      case OBJECT:
        return ".object(" + head + ", " + f.refType + "Json::read)";
      case LIST:
      default:
        return f.item.kind == FieldInfo.Kind.OBJECT
            ? ".objects(" + head + ", " + f.item.refType + "Json::read)"
            : ".list(" + head + ", " + itemReader(f.item) + ")";
    }
  }

  /**
   * The statement of a generated reader that sets field {@code f} on builder {@code b} from
   * {@code values[index]}, the value {@code ObjectFields} read (null when absent: the builder's
   * own default, since a builder starts empty).
   */
  static String setMember(FieldInfo f, int index) {
    return "b." + f.accessor + "((" + f.qualifiedBoxedType() + ") values[" + index + "]);";
  }

  private static String itemReader(FieldInfo item) {
    switch (item.kind) {
      case STRING:
        return "ResponseFields.STRING_ITEM";
      case LONG:
        return "ResponseFields.INTEGER_ITEM";
      case BOOLEAN:
        return "ResponseFields.BOOLEAN_ITEM";
      case ENUM:
        return "ResponseFields.enumItem(" + modelType(item.refType) + "::of)";
      default:
        // Lists of objects are described with .objects; openapi.yaml has no lists of lists.
        throw new IllegalArgumentException("no element reader for a list of " + item.kind);
    }
  }

  /** Adds field {@code f} of model {@code m} to a JsonObjectWriter (a chained call). */
  static String writeField(FieldInfo f) {
    String name = literal(f.jsonName);
    String get = "m." + f.accessor + "()";
    switch (f.kind) {
      case STRING:
        return ".string(" + name + ", " + get + ")";
      case LONG:
      case BOOLEAN:
        return ".literal(" + name + ", " + get + ")";
      case ENUM:
        return ".string(" + name + ", " + get + " == null ? null : " + get + ".value())";
      case OBJECT:
        return ".object(" + name + ", " + get + " == null ? null : " + f.refType + "Json.write("
            + get + "))";
      case LIST:
      default:
        return ".json(" + name + ", " + arrayWriter(f.item, get) + ")";
    }
  }

  private static String arrayWriter(FieldInfo item, String list) {
    switch (item.kind) {
      case STRING:
        return "JsonArrays.strings(" + list + ")";
      case LONG:
      case BOOLEAN:
        return "JsonArrays.literals(" + list + ")";
      case ENUM:
        return "JsonArrays.enums(" + list + ")";
      case OBJECT:
      default:
        return "JsonArrays.objects(" + list + ", " + item.refType + "Json::write)";
    }
  }

  /** The statements validating field {@code f} (named {@code accessor} in the model). */
  static List<String> validations(FieldInfo f) {
    List<String> out = new ArrayList<>();
    String name = literal(f.jsonName);
    String v = f.accessor;
    if (f.required) {
      out.add("Rules.required(prefix, " + name + ", " + v + ");");
    }
    switch (f.kind) {
      case STRING:
        out.add("Rules.string(prefix, " + name + ", " + v + ", " + integer(f.minLength) + ", "
            + integer(f.maxLength) + ", " + patternConstant(f) + ");");
        break;
      case LONG:
        if (f.minimum != null || f.maximum != null) {
          out.add("Rules.range(prefix, " + name + ", " + v + ", " + longLiteral(f.minimum) + ", "
              + longLiteral(f.maximum) + ");");
        }
        break;
      case ENUM:
        out.add("Rules.known(prefix, " + name + ", " + v + ", "
            + literal(String.join(", ", f.enumValues)) + ");");
        break;
      case OBJECT:
        out.add("if (" + v + " != null) {");
        out.add("  " + v + ".validate(prefix + " + literal(f.jsonName + ".") + ");");
        out.add("}");
        break;
      case LIST:
        out.add("Rules.items(prefix, " + name + ", " + v + ", " + integer(f.minItems) + ", "
            + integer(f.maxItems) + ");");
        FieldInfo item = f.item;
        out.add("for (int i = 0; " + v + " != null && i < " + v + ".size(); i++) {");
        out.add("  String at = " + literal(f.jsonName + "[") + " + i + \"]\";");
        out.add("  Rules.required(prefix, at, " + v + ".get(i));");
        if (item.kind == FieldInfo.Kind.STRING) {
          out.add("  Rules.string(prefix, at, " + v + ".get(i), " + integer(item.minLength) + ", "
              + integer(item.maxLength) + ", " + patternConstant(item) + ");");
        } else if (item.kind == FieldInfo.Kind.LONG && (item.minimum != null || item.maximum != null)) {
          out.add("  Rules.range(prefix, at, " + v + ".get(i), " + longLiteral(item.minimum) + ", "
              + longLiteral(item.maximum) + ");");
        } else if (item.kind == FieldInfo.Kind.ENUM) {
          out.add("  Rules.known(prefix, at, " + v + ".get(i), "
              + literal(String.join(", ", item.enumValues)) + ");");
        } else if (item.kind == FieldInfo.Kind.OBJECT) {
          out.add("  " + v + ".get(i).validate(prefix + at + \".\");");
        }
        out.add("}");
        break;
      default:
        break;
    }
    return out;
  }

  /** The name of the Pattern constant of a field with a pattern, else "null". */
  static String patternConstant(FieldInfo f) {
    return f.pattern == null ? "null" : "PATTERN_" + constantCase(f.accessor);
  }

  static String modelType(String name) {
    return "com.konaplate.sdk.model." + name;
  }

  static String integer(Integer i) {
    return i == null ? "null" : i.toString();
  }

  static String longLiteral(Long l) {
    return l == null ? "null" : l + "L";
  }

  /** lowerCamel to UPPER_SNAKE. */
  static String constantCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  /** A Java string literal of {@code s}, non-ASCII escaped so sources stay ASCII. */
  static String literal(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20 || c > 0x7e) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }
}
