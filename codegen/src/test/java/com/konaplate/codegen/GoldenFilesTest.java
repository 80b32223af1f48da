package com.konaplate.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * The templates (sdk-core/src/main/openapi/templates) run on a small spec with one operation of
 * each kind, and their output compared with the checked-in golden files: a template change shows
 * as a diff of generated code in review. Update with {@code -Dkonaplate.updateGolden=true}.
 */
class GoldenFilesTest {
  static final Path TEMPLATES = Paths.get("..", "sdk-core", "src", "main", "openapi", "templates");
  private static final Path GOLDEN = Paths.get("src", "test", "resources", "golden", "expected");

  /** Generates from {@code spec} into {@code out} with the project's templates. */
  static void generate(Path spec, Path out) {
    CodegenConfigurator c = new CodegenConfigurator()
        .setGeneratorName("konaplate-java")
        .setInputSpec(spec.toString())
        .setOutputDir(out.toString())
        .setTemplateDir(TEMPLATES.toString())
        .addGlobalProperty("apiTests", "false")
        .addGlobalProperty("modelTests", "false")
        .addGlobalProperty("apiDocs", "false")
        .addGlobalProperty("modelDocs", "false");
    new DefaultGenerator().opts(c.toClientOptInput()).generate();
  }

  @Test
  void theTemplates_generateTheGoldenFiles() throws IOException {
    Path out = Paths.get("target", "golden-out");
    deleteTree(out);
    generate(Paths.get("src", "test", "resources", "golden", "openapi.yaml"), out);
    Path sources = out.resolve("src/main/java");
    List<Path> generated = javaFiles(sources);
    if (Boolean.getBoolean("konaplate.updateGolden")) {
      deleteTree(GOLDEN);
      for (Path p : generated) {
        Path target = GOLDEN.resolve(sources.relativize(p).toString() + ".txt");
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
      return;
    }
    TreeSet<String> expectedNames = new TreeSet<>();
    for (Path p : javaFiles(GOLDEN)) {
      String rel = GOLDEN.relativize(p).toString();
      expectedNames.add(rel.substring(0, rel.length() - ".txt".length()));
    }
    TreeSet<String> actualNames = new TreeSet<>();
    for (Path p : generated) {
      actualNames.add(sources.relativize(p).toString());
    }
    assertEquals(expectedNames, actualNames, "the generated files");
    List<String> differing = new ArrayList<>();
    for (String name : actualNames) {
      String expected = new String(Files.readAllBytes(GOLDEN.resolve(name + ".txt")),
          StandardCharsets.UTF_8);
      String actual = new String(Files.readAllBytes(sources.resolve(name)), StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        differing.add(name);
      }
    }
    if (!differing.isEmpty()) {
      fail("Generated code differs from the golden files " + differing + ": review "
          + "target/golden-out and, if intended, update with: ./mvnw -pl codegen test "
          + "-Dkonaplate.updateGolden=true");
    }
    assertTrue(actualNames.contains("com/konaplate/sdk/Things.java"));
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    if (!Files.exists(root)) {
      return new ArrayList<>();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".java.txt"))
          .sorted().collect(Collectors.toList());
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .collect(Collectors.toList())) {
        Files.delete(p);
      }
    }
  }
}
