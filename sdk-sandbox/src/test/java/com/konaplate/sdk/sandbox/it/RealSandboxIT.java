package com.konaplate.sdk.sandbox.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.sandbox.DocumentedCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The documented cases against the real KONA PLATE sandbox, whose test data lives in the
 * partner portal. Skipped, with a message naming the variables, unless they are set:
 * {@code KONAPLATE_IT_BASE_URL}, {@code KONAPLATE_IT_ASP_ID}, {@code KONAPLATE_IT_ACCESS_KEY},
 * {@code KONAPLATE_IT_SECRET_KEY}, and per case {@code KONAPLATE_IT_<CASE>_USER_ID} and
 * {@code KONAPLATE_IT_<CASE>_PAR} (CASE one of the {@link DocumentedCase} names).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealSandboxIT extends DocumentedCasesScenarios {
  static final String[] CONNECTION_VARIABLES = {"KONAPLATE_IT_BASE_URL", "KONAPLATE_IT_ASP_ID",
      "KONAPLATE_IT_ACCESS_KEY", "KONAPLATE_IT_SECRET_KEY"};

  private KonaplateClient client;

  @BeforeAll
  void connect() {
    List<String> missing = new ArrayList<>();
    for (String name : CONNECTION_VARIABLES) {
      if (env(name) == null) {
        missing.add(name);
      }
    }
    assumeTrue(missing.isEmpty(), () -> "Skipping the run against the real KONA PLATE sandbox: "
        + "set " + String.join(", ", missing) + " (and per case KONAPLATE_IT_<CASE>_USER_ID and "
        + "KONAPLATE_IT_<CASE>_PAR, CASE one of " + java.util.Arrays.toString(DocumentedCase.values())
        + ") to run it.");
    client = KonaplateClient.builder()
        .baseUrl(env("KONAPLATE_IT_BASE_URL"))
        .aspId(env("KONAPLATE_IT_ASP_ID"))
        .accessKey(env("KONAPLATE_IT_ACCESS_KEY"))
        .secretKey(env("KONAPLATE_IT_SECRET_KEY"))
        .build();
  }

  @AfterAll
  void close() {
    if (client != null) {
      client.close();
    }
  }

  @Override
  KonaplateClient client() {
    return client;
  }

  @Override
  long userId(DocumentedCase c) {
    return Long.parseLong(required(c, "USER_ID"));
  }

  @Override
  String par(DocumentedCase c) {
    return required(c, "PAR");
  }

  private static String required(DocumentedCase c, String what) {
    String name = "KONAPLATE_IT_" + c.name().toUpperCase(Locale.ROOT) + "_" + what;
    String value = env(name);
    assumeTrue(value != null, () -> "Skipping " + c + " against the real KONA PLATE sandbox: set "
        + "KONAPLATE_IT_" + c.name() + "_USER_ID and KONAPLATE_IT_" + c.name() + "_PAR to the "
        + "portal's test data for this case.");
    return value;
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value == null || value.trim().isEmpty() ? null : value.trim();
  }
}
