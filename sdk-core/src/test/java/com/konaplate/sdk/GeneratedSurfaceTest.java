package com.konaplate.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.spec.ApiDescriptor;
import com.konaplate.sdk.spec.OperationDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adding an operation to openapi.yaml needs no hand-written SDK code: read straight from the
 * spec, every operation has its sync and async methods (and shortcuts) on its group, every schema
 * field its accessor and builder setter, every documented code its exception, and the descriptor
 * says what the spec says.
 */
class GeneratedSurfaceTest {
  private static final List<String> ENGINE_SCHEMAS =
      List.of("ResultEnvelope", "ResultStatus", "EncryptedPayload");

  @SuppressWarnings("unchecked")
  static Stream<Map<String, Object>> operations() throws Exception {
    List<Map<String, Object>> ops = new ArrayList<>();
    Map<String, Object> paths = (Map<String, Object>) ErrorCatalogTest.spec().get("paths");
    for (Map.Entry<String, Object> p : paths.entrySet()) {
      Map<String, Object> op = (Map<String, Object>) ((Map<String, Object>) p.getValue()).get("post");
      op.put("path", p.getKey());
      ops.add(op);
    }
    return ops.stream();
  }

  @SuppressWarnings("unchecked")
  static Stream<Map.Entry<String, Object>> schemas() throws Exception {
    Map<String, Object> components = (Map<String, Object>) ErrorCatalogTest.spec().get("components");
    return ((Map<String, Object>) components.get("schemas")).entrySet().stream()
        .filter(e -> !ENGINE_SCHEMAS.contains(e.getKey()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  @SuppressWarnings("unchecked")
  void everyOperation_hasItsMethodsOnItsGroup(Map<String, Object> op) throws Exception {
    String tag = ((List<String>) op.get("tags")).get(0);
    String accessor = tag.substring(0, 1).toLowerCase(Locale.ROOT) + tag.substring(1);
    Method groupAccessor = KonaplateClient.class.getMethod(accessor);
    Class<?> group = groupAccessor.getReturnType();
    assertEquals("com.konaplate.sdk." + tag, group.getName());
    String method = (String) op.get("x-konaplate-method");
    Class<?> request = Class.forName("com.konaplate.sdk.model." + schemaOf(op, "requestBody"));
    Class<?> result = Class.forName("com.konaplate.sdk.model." + resultOf(op));
    assertEquals(result, group.getMethod(method, request).getReturnType());
    assertEquals(result, group.getMethod(method, request, RequestOptions.class).getReturnType());
    assertEquals(CompletableFuture.class, group.getMethod(method + "Async", request)
        .getReturnType());
    assertEquals(CompletableFuture.class,
        group.getMethod(method + "Async", request, RequestOptions.class).getReturnType());
    List<Map<String, Object>> shortcuts = (List<Map<String, Object>>)
        op.getOrDefault("x-konaplate-shortcuts", List.of());
    for (Map<String, Object> s : shortcuts) {
      int args = ((List<?>) s.get("args")).size();
      assertTrue(hasMethod(group, (String) s.get("method"), args, result),
          op.get("operationId") + " shortcut " + s.get("method"));
      assertTrue(hasMethod(group, s.get("method") + "Async", args, CompletableFuture.class));
    }
    OperationDescriptor d = ApiDescriptor.konaplate().operation((String) op.get("operationId"));
    assertNotNull(d);
    assertEquals(op.get("path"), d.path());
    assertEquals(((String) op.get("x-konaplate-retry")).toUpperCase(Locale.ROOT),
        d.retryClass().name());
    Map<String, Boolean> enc = (Map<String, Boolean>) op.get("x-konaplate-encryption");
    assertEquals(enc.get("request"), d.encryptRequest());
    assertEquals(enc.get("response"), d.encryptResponse());
    assertEquals(accessor, d.group());
    assertEquals(method, d.method());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  @SuppressWarnings("unchecked")
  void everyDocumentedCode_hasItsException(Map<String, Object> op) throws Exception {
    for (Map<String, Object> e : (List<Map<String, Object>>) op.get("x-konaplate-errors")) {
      String code = (String) e.get("code");
      String type = ApiDescriptor.konaplate().errorCodes().get(code).exceptionName();
      Class<?> c = Class.forName("com.konaplate.sdk.exception." + type);
      assertTrue(KonaplateApiException.class.isAssignableFrom(c), type);
      assertEquals(code, c.getField("CODE").get(null));
      assertTrue(ApiDescriptor.konaplate().operation((String) op.get("operationId"))
          .documents(code));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  @SuppressWarnings("unchecked")
  void everySchemaField_hasItsAccessorAndSetter(Map.Entry<String, Object> schema) throws Exception {
    Class<?> model = Class.forName("com.konaplate.sdk.model." + schema.getKey());
    assertTrue(Modifier.isFinal(model.getModifiers()), "models are final");
    Map<String, Object> s = (Map<String, Object>) schema.getValue();
    if (s.containsKey("enum")) {
      for (Object v : (List<Object>) s.get("enum")) {
        assertEquals(v, model.getMethod("value").invoke(model.getField(v.toString()).get(null)));
      }
      return;
    }
    Map<String, Object> properties = (Map<String, Object>) s.getOrDefault("properties", Map.of());
    Class<?> builder = Class.forName(model.getName() + "$Builder");
    for (Map.Entry<String, Object> p : properties.entrySet()) {
      Map<String, Object> property = (Map<String, Object>) p.getValue();
      String name = (String) property.getOrDefault("x-konaplate-name", p.getKey());
      Method accessor = model.getMethod(name);
      assertTrue(hasMethod(builder, name, 1, builder), schema.getKey() + "." + name + " setter");
      assertFalse(accessor.getReturnType() == Object.class);
    }
    model.getMethod("unknownFields");
  }

  private static boolean hasMethod(Class<?> c, String name, int params, Class<?> returns) {
    for (Method m : c.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == params
          && m.getReturnType() == returns) {
        return true;
      }
    }
    return false;
  }

  /** The schema a request body or a response ({@code content} holder) refers to. */
  @SuppressWarnings("unchecked")
  private static String schemaIn(Map<String, Object> holder) {
    Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) holder.get("content"))
        .get("application/json");
    String ref = (String) ((Map<String, Object>) json.get("schema")).get("$ref");
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  @SuppressWarnings("unchecked")
  private static String schemaOf(Map<String, Object> op, String key) {
    return schemaIn((Map<String, Object>) op.get(key));
  }

  @SuppressWarnings("unchecked")
  private static String resultOf(Map<String, Object> op) {
    return schemaIn((Map<String, Object>) ((Map<String, Object>) op.get("responses")).get("200"));
  }
}
