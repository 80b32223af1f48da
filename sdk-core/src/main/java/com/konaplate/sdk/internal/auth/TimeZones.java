package com.konaplate.sdk.internal.auth;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 3-letter zone names of {@code X-KM-Time-Zone} and the zones they stand for. The JDK's
 * {@link ZoneId#SHORT_IDS} lacks {@code KST} and {@code UTC}, so those are named here.
 */
public final class TimeZones {
  private static final Map<String, ZoneId> KNOWN;

  static {
    Map<String, ZoneId> m = new LinkedHashMap<>();
    m.put("KST", ZoneId.of("Asia/Seoul"));
    m.put("UTC", ZoneId.of("UTC"));
    m.put("GMT", ZoneId.of("GMT"));
    m.put("JST", ZoneId.of("Asia/Tokyo"));
    KNOWN = Collections.unmodifiableMap(m);
  }

  private TimeZones() {
  }

  /** The zone for a 3-letter name, or null when the name is not known. */
  public static ZoneId zoneOf(String name) {
    if (name == null || !name.matches("[A-Z]{3}")) {
      return null;
    }
    ZoneId zone = KNOWN.get(name);
    if (zone != null) {
      return zone;
    }
    String id = ZoneId.SHORT_IDS.get(name);
    return id == null ? null : ZoneId.of(id);
  }

  /** The names this SDK knows beyond the JDK's short ids, for error messages. */
  public static String knownNames() {
    return String.join(", ", KNOWN.keySet());
  }
}
