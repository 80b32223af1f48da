package com.konaplate.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The constants of an extensible enum generated from a string enum schema. */
final class EnumInfo {
  private EnumInfo() {
  }

  /** The Java constant of a wire value: upper case, other characters as underscores. */
  static String constant(String value) {
    String c = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    return c.isEmpty() || Character.isDigit(c.charAt(0)) ? "_" + c : c;
  }

  /** One map per value: its constant, its Java literal and the value itself. */
  static List<Map<String, String>> values(List<?> values) {
    List<Map<String, String>> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Object v : values) {
      String value = String.valueOf(v);
      String constant = constant(value);
      if (seen.contains(constant)) {
        throw new IllegalStateException("openapi.yaml: enum values " + value + " and another one "
            + "map to the same Java constant " + constant);
      }
      seen.add(constant);
      Map<String, String> m = new LinkedHashMap<>();
      m.put("constant", constant);
      m.put("literal", JavaCode.literal(value));
      m.put("value", Javadoc.text("`" + value + "`"));
      out.add(m);
    }
    return out;
  }
}
