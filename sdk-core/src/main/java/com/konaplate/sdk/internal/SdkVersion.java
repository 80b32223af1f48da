package com.konaplate.sdk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version, from a resource the build fills in; used in {@code User-Agent}. */
public final class SdkVersion {
  /** The version, or {@code unknown} when the resource is missing. */
  public static final String VERSION = load();

  private SdkVersion() {
  }

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("/com/konaplate/sdk/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
