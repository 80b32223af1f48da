package com.konaplate.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.internal.error.ErrorCatalog;
import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Every code of openapi.yaml's catalog becomes its exception type, read from the spec itself. */
class ErrorCatalogTest {
  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();

  @SuppressWarnings("unchecked")
  static Map<String, Object> spec() throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("..", "openapi.yaml"))) {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(1000); // the spec shares its headers and responses by alias
      return new Yaml(options).load(in);
    }
  }

  @SuppressWarnings("unchecked")
  static Stream<Map<String, Object>> catalog() throws Exception {
    return ((List<Map<String, Object>>) spec().get("x-konaplate-error-catalog")).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalog")
  void terminate_whenServerAnswersDocumentedCode_throwsItsTypedException(Map<String, Object> entry) {
    String code = (String) entry.get("code");
    int status = (Integer) entry.get("httpStatus");
    String message = (String) entry.get("message");
    server.enqueue(new MockResponse().setResponseCode(status)
        .setHeader("X-KM-Correlation-Id", "261125100203-1234567") // this call's id, echoed
        .setBody("{\"response\":{\"code\":\"" + code + "\",\"description\":\"" + message + "\"}}"));

    KonaplateApiException e;
    try (KonaplateClient client = t.client(server)) {
      e = assertThrows(KonaplateApiException.class,
          () -> client.cards().terminate(TestClients.SUCCESS_USER, TestClients.SUCCESS_PAR));
    }
    assertEquals(entry.get("exception"), e.getClass().getSimpleName());
    assertEquals(code, e.code());
    assertEquals(status, e.httpStatus());
    assertEquals(message, e.description());
    assertEquals("261125100203-1234567", e.correlationId());
    assertEquals(1, e.attempts());
    assertFalse(e.outcomeUnknown());
    assertTrue(e.getMessage().contains(code), e.getMessage());
    assertEquals(1, server.getRequestCount(), "a business refusal is never retried");
  }

  @Test
  void generatedCatalog_equalsTheSpecCatalog() throws Exception {
    Set<String> spec = new TreeSet<>();
    catalog().forEach(e -> spec.add((String) e.get("code")));
    assertEquals(spec, new TreeSet<>(ErrorCatalog.entries().keySet()));
    catalog().forEach(e -> assertEquals(e.get("exception"),
        ErrorCatalog.lookup((String) e.get("code")).type().getSimpleName()));
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyCodeInTheOperationsResponseExamples_hasACatalogEntry() throws Exception {
    Map<String, Object> paths = (Map<String, Object>) spec().get("paths");
    Set<String> documented = new TreeSet<>();
    for (Object path : paths.values()) {
      for (Object op : ((Map<String, Object>) path).values()) {
        Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) op).get("responses");
        for (Object response : responses.values()) {
          Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) response).get("content");
          if (content == null) {
            continue;
          }
          Map<String, Object> json = (Map<String, Object>) content.get("application/json");
          Map<String, Object> examples = (Map<String, Object>) json.getOrDefault("examples", Map.of());
          for (Object ex : examples.values()) {
            Map<String, Object> value = (Map<String, Object>) ((Map<String, Object>) ex).get("value");
            documented.add((String) ((Map<String, Object>) value.get("response")).get("code"));
          }
        }
      }
    }
    documented.remove("000_000");
    // Every code of the catalog has a documented case (an example) since the sandbox's examples.
    assertEquals(new TreeSet<>(ErrorCatalog.entries().keySet()), documented);
    for (String code : documented) {
      assertTrue(ErrorCatalog.lookup(code) != null, code + " has no catalog entry");
    }
  }

  @Test
  void unknownCode_staysGenericApiExceptionWithTheCodeKept() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(400)
        .setBody("{\"response\":{\"code\":\"123_456\",\"description\":\"Something new\"}}"));
    try (KonaplateClient client = t.client(server)) {
      KonaplateApiException e = assertThrows(KonaplateApiException.class,
          () -> client.cards().terminate(TestClients.SUCCESS_USER, TestClients.SUCCESS_PAR));
      assertEquals(KonaplateApiException.class, e.getClass());
      assertEquals("123_456", e.code());
      assertEquals("Something new", e.description());
    }
  }
}
