package com.konaplate.codegen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the group template needs for a paged read ({@code x-konaplate-paging}): the request's
 * paging object and its page field, the result's items and its page count, resolved to Java
 * accessors and types, so the generated method that walks every page names no field itself.
 */
final class Paging {
  private Paging() {
  }

  static Map<String, Object> of(OperationInfo op, SchemaReader schemas) {
    String where = "openapi.yaml: operation " + op.operationId + ": x-konaplate-paging";
    Map<String, Object> p = op.paging;
    FieldInfo pageObject = object(op.requestFields, string(p, "request", where), where);
    FieldInfo page = field(schemas.fields(pageObject.refType), string(p, "page", where), where);
    FieldInfo responseObject = object(op.resultFields, string(p, "response", where), where);
    FieldInfo totalPages = field(schemas.fields(responseObject.refType),
        string(p, "totalPages", where), where);
    FieldInfo items = field(op.resultFields, string(p, "items", where), where);
    if (page.kind != FieldInfo.Kind.LONG || totalPages.kind != FieldInfo.Kind.LONG
        || items.kind != FieldInfo.Kind.LIST) {
      throw new IllegalStateException(where + ": page and totalPages must be integers and items "
          + "a list");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("method", string(p, "method", where));
    m.put("pageObject", pageObject.accessor);
    m.put("pageObjectType", pageObject.refType);
    m.put("page", page.accessor);
    m.put("responseObject", responseObject.accessor);
    m.put("totalPages", totalPages.accessor);
    m.put("items", items.accessor);
    m.put("itemType", items.item.boxedType());
    return m;
  }

  private static FieldInfo object(List<FieldInfo> fields, String name, String where) {
    FieldInfo f = field(fields, name, where);
    if (f.kind != FieldInfo.Kind.OBJECT) {
      throw new IllegalStateException(where + ": " + name + " must be an object");
    }
    return f;
  }

  private static FieldInfo field(List<FieldInfo> fields, String name, String where) {
    for (FieldInfo f : fields) {
      if (f.jsonName.equals(name)) {
        return f;
      }
    }
    throw new IllegalStateException(where + " names " + name + ", which is no such field");
  }

  private static String string(Map<String, Object> m, String key, String where) {
    Object v = m.get(key);
    if (v == null) {
      throw new IllegalStateException(where + " needs " + key);
    }
    return v.toString();
  }
}
