package com.konaplate.codegen;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mistake in openapi.yaml's vendor extensions fails the build with a message naming the
 * operation or schema, instead of generating something that guesses.
 */
class SpecRulesTest {
  private static final Path GOLDEN = Paths.get("src", "test", "resources", "golden",
      "openapi.yaml");

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("x-konaplate-retry: read", "x-konaplate-retry: sometimes",
            "x-konaplate-retry must be one of"),
        Arguments.of("x-konaplate-replay-codes: ['003_022']",
            "x-konaplate-replay-codes: ['009_009']", "replay code 009_009"),
        Arguments.of("format: int64\n          description: Its size.",
            "format: int32\n          description: Its size.", "must be format: int64"),
        Arguments.of("request: { thingCode: par }", "request: { thingCode: nothing }",
            "names nothing, which is not a request field"),
        Arguments.of("- { code: '000_002', description: It is an input parameter error. }",
            "- { code: '000_099', description: Unknown. }", "documents code 000_099"),
        Arguments.of("x-konaplate-method: change", "x-konaplate-method: find",
            "both named find"),
        Arguments.of("fixed: { mode: FROZEN }", "fixed: { mode: MELTED }",
            "a value its enum does not have"),
        Arguments.of("x-konaplate-source: community\n      x-konaplate-errors",
            "x-konaplate-source: rumour\n      x-konaplate-errors",
            "x-konaplate-source must be one of"),
        Arguments.of("description: The owner's name.",
            "description: The owner's name.\\n          enum: [A, B]", "has an inline enum"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("mistakes")
  void aSpecMistake_failsTheBuildNamingIt(String from, String to, String message,
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    String spec = new String(Files.readAllBytes(GOLDEN), StandardCharsets.UTF_8);
    String unescapedFrom = from.replace("\\n", "\n");
    assertTrue(spec.contains(unescapedFrom), "the golden spec has " + from);
    Path bad = dir.resolve("openapi.yaml");
    Files.write(bad, spec.replace(unescapedFrom, to.replace("\\n", "\n"))
        .getBytes(StandardCharsets.UTF_8));
    Throwable t = assertThrows(RuntimeException.class,
        () -> GoldenFilesTest.generate(bad, dir.resolve("out")));
    StringBuilder messages = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      messages.append(c.getMessage()).append(" / ");
    }
    assertTrue(messages.toString().contains(message), messages.toString());
  }
}
