package com.konaplate.sdk.sandbox;

import com.konaplate.sdk.sandbox.internal.FixtureModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The members and cards a sandbox starts with, and returns to on
 * {@link KonaplateSandbox#reset()}. Immutable. The JSON format is documented in the module's
 * README; the {@linkplain #defaults() default fixture} is itself such a file
 * ({@code com/konaplate/sdk/sandbox/default-fixture.json}) and holds one member per
 * {@link DocumentedCase}.
 */
public final class SandboxFixture {
  private static final String DEFAULT_RESOURCE = "default-fixture.json";

  private final FixtureModel model;

  private SandboxFixture(FixtureModel model) {
    this.model = model;
  }

  /** Returns the default fixture of the eight documented cases, a withdrawn member and spares. */
  public static SandboxFixture defaults() {
    InputStream in = SandboxFixture.class.getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the sandbox jar");
    }
    return fromJson(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * Parses a fixture from JSON text.
   *
   * @throws IllegalArgumentException naming the offending field when the fixture is invalid
   */
  public static SandboxFixture fromJson(String json) {
    if (json == null) {
      throw new NullPointerException("json == null");
    }
    return fromJson(new StringReader(json));
  }

  /**
   * Parses a fixture from a reader, and closes it.
   *
   * @throws IllegalArgumentException naming the offending field when the fixture is invalid
   * @throws UncheckedIOException when reading fails
   */
  public static SandboxFixture fromJson(Reader reader) {
    if (reader == null) {
      throw new NullPointerException("reader == null");
    }
    try (Reader in = reader) {
      return new SandboxFixture(FixtureModel.parse(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fixture", e);
    }
  }

  /**
   * Parses a fixture from a class path resource (absolute name, e.g. {@code "fixtures/my.json"}).
   *
   * @throws IllegalArgumentException when there is no such resource or the fixture is invalid
   */
  public static SandboxFixture fromClasspath(String resource) {
    if (resource == null) {
      throw new NullPointerException("resource == null");
    }
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    InputStream in = loader == null ? null : loader.getResourceAsStream(name);
    if (in == null) {
      in = SandboxFixture.class.getClassLoader().getResourceAsStream(name);
    }
    if (in == null) {
      throw new IllegalArgumentException("no class path resource " + name);
    }
    return fromJson(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  FixtureModel model() {
    return model;
  }

  /** The number of members. */
  public int memberCount() {
    return model.members().size();
  }

  /** The number of cards. */
  public int cardCount() {
    return model.cards().size();
  }

  @Override
  public String toString() {
    return "SandboxFixture{members=" + memberCount() + ", cards=" + cardCount() + "}";
  }
}
