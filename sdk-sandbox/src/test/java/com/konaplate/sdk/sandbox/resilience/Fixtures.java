package com.konaplate.sdk.sandbox.resilience;

import com.konaplate.sdk.sandbox.SandboxFixture;

/** Large generated fixtures: one member with one main card per call, so every call is fresh. */
final class Fixtures {
  private Fixtures() {
  }

  static long userId(int i) {
    return 200_000_000_000L + i;
  }

  /** A PAR of 27 characters the sandbox accepts: {@code FS} and 25 digits. */
  static String par(int i) {
    return String.format("FS%025d", i);
  }

  static SandboxFixture cards(int count) {
    StringBuilder json = new StringBuilder(count * 80).append("{\"members\":[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"userId\":").append(userId(i)).append(",\"cards\":[{\"par\":\"")
          .append(par(i)).append("\",\"kind\":\"main\"}]}");
    }
    return SandboxFixture.fromJson(json.append("]}").toString());
  }
}
