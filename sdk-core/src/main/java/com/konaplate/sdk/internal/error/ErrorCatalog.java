package com.konaplate.sdk.internal.error;

import com.konaplate.sdk.internal.generated.GeneratedErrorCatalog;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Result code to exception type, as openapi.yaml's {@code x-konaplate-error-catalog} says. */
public final class ErrorCatalog {
  private static final Map<String, ErrorCatalogEntry> BY_CODE;

  static {
    Map<String, ErrorCatalogEntry> m = new LinkedHashMap<>();
    for (ErrorCatalogEntry e : GeneratedErrorCatalog.entries()) {
      m.put(e.code(), e);
    }
    BY_CODE = Collections.unmodifiableMap(m);
  }

  private ErrorCatalog() {
  }

  /** The entry of a documented code, or null for a code the spec does not know. */
  public static ErrorCatalogEntry lookup(String code) {
    return code == null ? null : BY_CODE.get(code);
  }

  /** Every documented code, in spec order. */
  public static Map<String, ErrorCatalogEntry> entries() {
    return BY_CODE;
  }
}
