package com.konaplate.codegen;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The error catalog ({@code x-konaplate-error-catalog}) checked against the operations' documented
 * codes, and one exception class per code rendered from {@code exception.mustache}: the
 * generator's per-model and per-tag templates cannot make one file per catalog entry.
 */
final class ErrorCatalogFiles {
  private ErrorCatalogFiles() {
  }

  /** The error catalog with each code's meaning per operation; every documented code listed. */
  static List<Map<String, Object>> catalog(OpenAPI openAPI, List<OperationInfo> operations) {
    Object raw = openAPI.getExtensions() == null ? null
        : openAPI.getExtensions().get("x-konaplate-error-catalog");
    List<Map<String, Object>> out = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Set<String> types = new HashSet<>();
    for (Object o : OperationInfo.list(raw)) {
      Map<String, Object> e = OperationInfo.map(o);
      String code = String.valueOf(e.get("code"));
      String type = String.valueOf(e.get("exception"));
      if (!code.matches("[0-9]{3}_[0-9]{3}") || !type.matches("[A-Z][A-Za-z0-9]*Exception")
          || !codes.add(code) || !types.add(type)) {
        throw new IllegalStateException("openapi.yaml: x-konaplate-error-catalog entry " + e
            + ": one entry per code NNN_NNN, each with its own *Exception type");
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", code);
      m.put("httpStatus", String.valueOf(e.get("httpStatus")));
      m.put("message", JavaCode.literal(String.valueOf(e.get("message"))));
      m.put("messageDoc", Javadoc.text(String.valueOf(e.get("message"))));
      m.put("exception", type);
      m.put("meanings", Descriptors.meanings(code, operations));
      out.add(m);
    }
    for (OperationInfo op : operations) {
      for (Map<String, String> e : op.errors) {
        if (!codes.contains(e.get("code"))) {
          throw new IllegalStateException("openapi.yaml: " + op.operationId + " documents code "
              + e.get("code") + ", which x-konaplate-error-catalog does not list");
        }
      }
      for (String c : op.replayCodes) {
        if (!codes.contains(c)) {
          throw new IllegalStateException("openapi.yaml: " + op.operationId + " replay code " + c
              + " is not in x-konaplate-error-catalog");
        }
      }
    }
    return out;
  }

  /** One exception class per catalog entry, from exception.mustache. */
  static void writeExceptions(List<Map<String, Object>> catalog, Path template, Path dir) {
    try (Reader r = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
      Template t = Mustache.compiler().escapeHTML(false).compile(r);
      Files.createDirectories(dir);
      for (Map<String, Object> entry : catalog) {
        try (Writer w = Files.newBufferedWriter(dir.resolve(entry.get("exception") + ".java"),
            StandardCharsets.UTF_8)) {
          t.execute(entry, w);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not write the exception classes from " + template, e);
    }
  }
}
