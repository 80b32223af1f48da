package com.konaplate.sdk.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import org.junit.jupiter.api.Test;

/**
 * The build()-time refusal of libraries older than the SDK supports. On a real class path with
 * OkHttp 3 it is exercised by the smoke test (scripts/smoke-test.sh --refused-under-spring-boot).
 */
class DependencyCheckTest {
  @Test
  void theVersionsOfThisBuild_areReadAndAccepted() {
    String okHttp = DependencyCheck.okHttpVersion();
    String gson = DependencyCheck.gsonVersion();
    String kotlin = DependencyCheck.kotlinVersion();
    assertTrue(okHttp.matches("[45]\\.\\d+\\.\\d+.*"), okHttp);
    assertTrue(gson.matches("2\\.\\d+(\\.\\d+)?"), gson);
    assertTrue(kotlin.matches("[12]\\.\\d+\\.\\d+"), kotlin);
    assertNull(DependencyCheck.problem(okHttp, gson, kotlin));
    assertDoesNotThrow(DependencyCheck::verify);
    try (KonaplateClient client = KonaplateClient.builder().aspId("KPSANDBOXASP001")
        .accessKey("KPSANDBOX-ACCESS-KEY-0000000000000000000").secretKey("s").build()) {
      assertNotNull(client);
    }
  }

  @Test
  void olderVersions_areRefusedNamingLibraryFoundAndNeeded() {
    String m = DependencyCheck.problem("3.14.9", "2.8.9", "1.3.72");
    assertTrue(m.contains("OkHttp 3.14.9 found, 4.9.3 or newer needed"), m);
    assertTrue(m.contains("okhttp3.version"), m);
    assertTrue(m.contains("Gson 2.8.9 found, 2.9.1 or newer needed"), m);
    assertTrue(m.contains("Kotlin stdlib 1.3.72 found, 1.6.21 or newer needed"), m);
    String okHttpOnly = DependencyCheck.problem("4.9.2", "2.15.0", "2.2.21");
    assertTrue(okHttpOnly.contains("OkHttp 4.9.2 found"), okHttpOnly);
    assertFalse(okHttpOnly.contains("Gson"), okHttpOnly);
    String absent = DependencyCheck.problem("absent", null, "absent");
    assertTrue(absent.contains("OkHttp not on the class path, 4.9.3 or newer needed"), absent);
    assertTrue(absent.contains("Kotlin stdlib not on the class path, 1.6.21 or newer needed"),
        absent);
  }

  @Test
  void theVersionsSpringBootManages_andNewer_areAccepted() {
    // Boot 2.7.18, 3.3.x, 3.5.x / 4.0.x (OkHttp not managed: the SDK's own), OkHttp 5
    assertNull(DependencyCheck.problem("4.9.3", "2.9.1", "1.6.21"));
    assertNull(DependencyCheck.problem("4.12.0", "2.10.1", "1.9.25"));
    assertNull(DependencyCheck.problem("4.12.1", "2.13.2", "2.2.21"));
    assertNull(DependencyCheck.problem("5.5.1", "2.15.0", "2.4.21"));
    assertNull(DependencyCheck.problem("5.0.0-alpha.17", "2.10", "1.9.10-release-459"));
    // unreadable versions are let through: the check never refuses on a guess
    assertNull(DependencyCheck.problem(null, null, null));
    assertNull(DependencyCheck.problem("dev", "", "SNAPSHOT"));
  }

  @Test
  void versionsCompareNumerically() {
    assertTrue(DependencyCheck.tooOld("4.9.2", "4.9.3"));
    assertTrue(DependencyCheck.tooOld("4.8.10", "4.9.3"));
    assertTrue(DependencyCheck.tooOld("3.14.9", "4.9.3"));
    assertFalse(DependencyCheck.tooOld("4.10.0", "4.9.3"));
    assertFalse(DependencyCheck.tooOld("4.9.3", "4.9.3"));
    assertTrue(DependencyCheck.tooOld("2.9", "2.9.1"));
    assertFalse(DependencyCheck.tooOld("2.10", "2.9.1"));
    assertTrue(DependencyCheck.tooOld("1.6.20-release-275", "1.6.21"));
    assertFalse(DependencyCheck.tooOld("1.6.21-release-334(1.6.21)", "1.6.21"));
    assertEquals(false, DependencyCheck.tooOld("x.y", "1.0"));
  }
}
