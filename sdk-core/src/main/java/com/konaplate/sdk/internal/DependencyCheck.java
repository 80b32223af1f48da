package com.konaplate.sdk.internal;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Refuses, when a client is built, the versions of OkHttp, Gson and the Kotlin stdlib on the class
 * path that the SDK is not tested with and that would otherwise fail in the middle of a call
 * (after the request was sent) with a linkage error. A dependency manager picks these versions,
 * not the SDK: Spring Boot 2.6 and older manage OkHttp 3, for one. The minimums are the oldest
 * versions CI runs the partner smoke test on (Spring Boot 2.7's); the README lists them.
 *
 * <p>Okio is not checked: it has no version to read, and what the SDK uses of it is in every
 * Okio that OkHttp 4 runs on.
 */
public final class DependencyCheck {
  static final String OKHTTP_MINIMUM = "4.9.3";
  static final String GSON_MINIMUM = "2.9.1";
  static final String KOTLIN_MINIMUM = "1.6.21";

  /** Null when every version found is supported (or could not be read), else the message. */
  private static final String PROBLEM = problem(okHttpVersion(), gsonVersion(), kotlinVersion());

  private DependencyCheck() {
  }

  /**
   * Throws when a dependency on the class path is older than the SDK supports.
   *
   * @throws IllegalStateException naming each library, the version found and the version needed
   */
  public static void verify() {
    if (PROBLEM != null) {
      throw new IllegalStateException(PROBLEM);
    }
  }

  /**
   * The message for the versions found, or null when all are supported. A null version is one
   * that could not be read, and is let through; "absent" is a library that is not there.
   */
  static String problem(String okHttp, String gson, String kotlin) {
    List<String> problems = new ArrayList<String>();
    if (tooOld(okHttp, OKHTTP_MINIMUM)) {
      problems.add("OkHttp " + found(okHttp) + ", " + OKHTTP_MINIMUM + " or newer needed"
          + " (com.squareup.okhttp3:okhttp; Spring Boot 2.6 and older manage OkHttp 3:"
          + " set their okhttp3.version property to 4.12.1)");
    }
    if (tooOld(gson, GSON_MINIMUM)) {
      problems.add("Gson " + found(gson) + ", " + GSON_MINIMUM + " or newer needed"
          + " (com.google.code.gson:gson; Spring Boot: the gson.version property)");
    }
    if (tooOld(kotlin, KOTLIN_MINIMUM)) {
      problems.add("Kotlin stdlib " + found(kotlin) + ", " + KOTLIN_MINIMUM + " or newer needed"
          + " by OkHttp 4 (org.jetbrains.kotlin:kotlin-stdlib; Spring Boot: the kotlin.version"
          + " property)");
    }
    if (problems.isEmpty()) {
      return null;
    }
    StringBuilder message = new StringBuilder("The KONA PLATE SDK ")
        .append(SdkVersion.VERSION)
        .append(" cannot run with the libraries on this class path: ");
    for (int i = 0; i < problems.size(); i++) {
      message.append(i == 0 ? "" : "; ").append(problems.get(i));
    }
    return message.append(". Align the versions in your build (the SDK README:"
        + " \"Dependencies, Spring Boot and Java runtimes\").").toString();
  }

  private static String found(String version) {
    return "absent".equals(version) ? "not on the class path" : version + " found";
  }

  /** True when {@code version} was read and is older than {@code minimum}. */
  static boolean tooOld(String version, String minimum) {
    if (version == null) {
      return false;
    }
    if ("absent".equals(version)) {
      return true;
    }
    int[] v = numbers(version);
    int[] m = numbers(minimum);
    if (v.length == 0) {
      return false;
    }
    for (int i = 0; i < m.length; i++) {
      int part = i < v.length ? v[i] : 0;
      if (part != m[i]) {
        return part < m[i];
      }
    }
    return false;
  }

  /** The leading dot-separated numbers: "1.6.21-release-334" gives 1, 6, 21. */
  private static int[] numbers(String version) {
    List<Integer> parts = new ArrayList<Integer>();
    int value = -1;
    for (int i = 0; i <= version.length(); i++) {
      char c = i < version.length() ? version.charAt(i) : '.';
      if (c >= '0' && c <= '9' && parts.size() < 4) {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (value > 100_000) {
          break;
        }
      } else if (c == '.' && value >= 0) {
        parts.add(value);
        value = -1;
      } else {
        if (value >= 0) {
          parts.add(value);
        }
        break;
      }
    }
    int[] out = new int[parts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = parts.get(i);
    }
    return out;
  }

  /** OkHttp 4 and 5: okhttp3.OkHttp.VERSION; OkHttp 3: okhttp3.internal.Version.userAgent(). */
  static String okHttpVersion() {
    try {
      Class<?> okHttp = load("okhttp3.OkHttp");
      if (okHttp != null) {
        return String.valueOf(okHttp.getField("VERSION").get(null));
      }
      Class<?> version3 = load("okhttp3.internal.Version");
      if (version3 != null) {
        String userAgent = String.valueOf(version3.getMethod("userAgent").invoke(null));
        return userAgent.startsWith("okhttp/")
            ? userAgent.substring("okhttp/".length()) : userAgent;
      }
      return load("okhttp3.OkHttpClient") == null ? "absent" : null;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** From the pom.properties of the jar that holds Gson; null when there is none. */
  static String gsonVersion() {
    try {
      Class<?> gson = load("com.google.gson.JsonElement");
      if (gson == null) {
        return "absent";
      }
      URL self = gson.getResource("JsonElement.class");
      if (self == null || !"jar".equals(self.getProtocol())) {
        return null; // classes in a folder: nothing tells the version
      }
      URL properties = new URL(self, "/META-INF/maven/com.google.code.gson/gson/pom.properties");
      try (InputStream in = properties.openStream()) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version");
      }
    } catch (Exception | LinkageError e) {
      return null;
    }
  }

  /** kotlin.KotlinVersion.CURRENT (Kotlin 1.1 and newer); "absent" without a Kotlin stdlib. */
  static String kotlinVersion() {
    try {
      Class<?> kotlin = load("kotlin.KotlinVersion");
      if (kotlin == null) {
        return load("kotlin.Unit") == null ? "absent" : "1.0";
      }
      return String.valueOf(kotlin.getField("CURRENT").get(null));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, DependencyCheck.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
