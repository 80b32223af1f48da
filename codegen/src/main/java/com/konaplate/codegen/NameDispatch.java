package com.konaplate.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a generated reader finds the member a JSON name stands for: it switches on the name's
 * length and compares the name with the few of that length. A {@code switch} on the string
 * itself would hash every name read, and Gson's {@code nextName} makes a new string for each
 * member, so no hash is ever cached: on a page of transactions that hashing was a tenth of the
 * reader's time, where comparing a name of known length is one vectorised {@code equals}.
 */
final class NameDispatch {
  /** The engine's envelope, skipped by a result's reader (read apart by the engine). */
  private static final String ENVELOPE = "response";

  private NameDispatch() {
  }

  /**
   * The members of {@code fields} (and the envelope, for a result) by name length, shortest
   * first, each with its JSON literal and the code that reads it.
   */
  static List<Map<String, Object>> groups(List<FieldInfo> fields, boolean result) {
    Map<Integer, List<Map<String, String>>> byLength = new TreeMap<>();
    for (FieldInfo f : fields) {
      byLength.computeIfAbsent(f.jsonName.length(), n -> new ArrayList<>())
          .add(member(f.jsonName, JavaCode.readCase(f)));
    }
    if (result) {
      byLength.computeIfAbsent(ENVELOPE.length(), n -> new ArrayList<>()).add(member(ENVELOPE,
          "if (++envelopeCount > 1) {\n"
          + "            throw ResponseFields.repeated(path, " + JavaCode.literal(ENVELOPE)
          + ");\n"
          + "          }\n"
          + "          in.skipValue(); // the envelope: read by the engine"));
    }
    List<Map<String, Object>> groups = new ArrayList<>();
    for (Map.Entry<Integer, List<Map<String, String>>> e : byLength.entrySet()) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("length", e.getKey());
      g.put("members", e.getValue());
      groups.add(g);
    }
    return groups;
  }

  /** One member: its literal, and its reading code indented one level deeper than a case's. */
  private static Map<String, String> member(String jsonName, String code) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("literal", JavaCode.literal(jsonName));
    m.put("code", code.replace("\n", "\n  "));
    return m;
  }
}
