package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.SandboxCredentials;
import com.konaplate.sdk.sandbox.TestSigner;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Builds engines on a fixed clock and sends them signed requests. */
final class EngineFixtures {
  static final Instant NOW = Instant.parse("2026-11-25T01:00:00.123Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final SandboxCredentials CREDENTIALS = SandboxCredentials.defaults();
  static final String PATH = "/open-api" + SandboxEngine.TERMINATE_PATH;

  private EngineFixtures() {
  }

  static FixtureModel defaultModel() {
    try (InputStreamReader r = new InputStreamReader(
        SandboxCredentials.class.getResourceAsStream("default-fixture.json"),
        StandardCharsets.UTF_8)) {
      return FixtureModel.parse(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FixtureModel model(String json) {
    try {
      return FixtureModel.parse(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SandboxEngine engine() {
    return new SandboxEngine("/open-api", CREDENTIALS, CLOCK, Duration.ofMinutes(5),
        defaultModel(), 100);
  }

  /** An engine with crypto keys; {@code flagged} plays openapi.yaml flagging the response. */
  static SandboxEngine engine(SandboxCrypto crypto, boolean flagged) {
    return new SandboxEngine("/open-api", CREDENTIALS, CLOCK, Duration.ofMinutes(5),
        defaultModel(), 100, crypto, flagged);
  }

  static EngineResponse post(SandboxEngine engine, Map<String, String> headers, byte[] body) {
    return engine.handle("POST", PATH, TestSigner.multi(headers), body).response();
  }

  static EngineResponse terminate(SandboxEngine engine, long userId, String par) {
    byte[] body = TestSigner.body(userId, par);
    return post(engine, TestSigner.headers(CREDENTIALS, NOW, body), body);
  }

  static JsonObject json(EngineResponse r) {
    return JsonParser.parseString(new String(r.body(), StandardCharsets.UTF_8)).getAsJsonObject();
  }

  static String description(EngineResponse r) {
    return json(r).getAsJsonObject("response").get("description").getAsString();
  }
}
