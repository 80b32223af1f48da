package com.konaplate.codegen;

/**
 * Turns openapi.yaml's prose (Markdown-ish: back-ticked code, blank-line paragraphs) into Javadoc
 * that passes doclint: HTML characters escaped, code spans as {@code {@code}}, nothing that could
 * close the comment.
 */
final class Javadoc {
  private Javadoc() {
  }

  /** One paragraph of Javadoc text, on one line. */
  static String text(String markdown) {
    if (markdown == null) {
      return "";
    }
    String s = markdown.trim().replaceAll("\\s*\\n\\s*", " ");
    StringBuilder out = new StringBuilder();
    boolean code = false;
    for (String part : s.split("`", -1)) {
      if (code) {
        out.append("{@code ").append(codeSafe(part)).append('}');
      } else {
        out.append(escape(part));
      }
      code = !code;
    }
    String result = out.toString();
    if (!result.isEmpty() && !result.endsWith(".")) {
      result += ".";
    }
    return result;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("@", "&#64;").replace("*/", "*&#47;").replace("{", "&#123;")
        .replace("}", "&#125;");
  }

  /** Code spans keep their text; braces must balance and the comment must not end. */
  private static String codeSafe(String s) {
    String t = s.replace("*/", "* /");
    int depth = 0;
    for (char c : t.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth < 0) {
        break;
      }
    }
    return depth == 0 ? t : t.replace("{", "(").replace("}", ")");
  }
}
