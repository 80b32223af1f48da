package com.konaplate.sdk.sandbox;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.crypto.EncryptionPolicy;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A JUnit 5 extension that starts one {@link KonaplateSandbox} per test class (on a free port,
 * lazily, kept in the class-level {@link ExtensionContext.Store} and closed when the class
 * ends), resets it before each test, and resolves parameters of type {@link KonaplateSandbox}
 * and {@link KonaplateClient}. The client is built once per class from
 * {@link KonaplateSandbox#clientBuilder()} (the sandbox's base URL, credentials and clock, and a
 * {@code JweEncryption} for its crypto key, so every operation of openapi.yaml works) with the
 * SDK's other defaults, and closed with the sandbox. Nested
 * test classes share the sandbox of the enclosing class when it already has one. With
 * {@code @KonaplateSandboxTest(encryption = true)} the sandbox has a generated crypto key and
 * the client encrypts every request to it and decrypts the encrypted responses.
 *
 * <p>Use {@link KonaplateSandboxTest @KonaplateSandboxTest}, or register an instance to build
 * the sandbox yourself:
 *
 * <pre>{@code
 * @RegisterExtension
 * static KonaplateSandboxExtension sandbox = KonaplateSandboxExtension.using(
 *     () -> KonaplateSandbox.builder().fixture(SandboxFixture.fromClasspath("my.json")).start());
 * }</pre>
 */
public final class KonaplateSandboxExtension implements BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KonaplateSandboxExtension.class);
  private static final String KEY = "sandbox";

  private final Supplier<KonaplateSandbox> factory; // null: configure from the annotation
  private final boolean resetBeforeEach;

  /** The extension as {@link KonaplateSandboxTest} registers it; reads that annotation. */
  public KonaplateSandboxExtension() {
    this(null, true);
  }

  private KonaplateSandboxExtension(Supplier<KonaplateSandbox> factory, boolean resetBeforeEach) {
    this.factory = factory;
    this.resetBeforeEach = resetBeforeEach;
  }

  /**
   * An extension whose sandboxes come from {@code factory} (called once per test class; it must
   * return a started sandbox) and are reset before each test.
   */
  public static KonaplateSandboxExtension using(Supplier<KonaplateSandbox> factory) {
    if (factory == null) {
      throw new NullPointerException("factory == null");
    }
    return new KonaplateSandboxExtension(factory, true);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    KonaplateSandbox sandbox = resources(context).sandbox;
    if (resetBeforeEach && annotation(context).map(KonaplateSandboxTest::resetBeforeEach)
        .orElse(true)) {
      sandbox.reset();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == KonaplateSandbox.class || type == KonaplateClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Resources resources = resources(context);
    return parameter.getParameter().getType() == KonaplateSandbox.class
        ? resources.sandbox
        : resources.client();
  }

  private Resources resources(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    final ExtensionContext owner = classContext;
    boolean encryption = factory == null
        && annotation(owner).map(KonaplateSandboxTest::encryption).orElse(false);
    return owner.getStore(NAMESPACE).getOrComputeIfAbsent(KEY,
        k -> new Resources(startSandbox(owner), encryption), Resources.class);
  }

  private KonaplateSandbox startSandbox(ExtensionContext context) {
    if (factory != null) {
      KonaplateSandbox sandbox = factory.get();
      if (sandbox == null) {
        throw new IllegalStateException("the sandbox factory returned null");
      }
      return sandbox;
    }
    KonaplateSandbox.Builder builder = KonaplateSandbox.builder();
    Optional<KonaplateSandboxTest> config = annotation(context);
    if (config.isPresent()) {
      builder.basePath(config.get().basePath());
      if (!config.get().fixture().isEmpty()) {
        builder.fixture(SandboxFixture.fromClasspath(config.get().fixture()));
      }
      if (config.get().encryption()) {
        builder.generatedCryptoKey();
      }
    }
    return builder.start();
  }

  private static Optional<KonaplateSandboxTest> annotation(ExtensionContext context) {
    Optional<Class<?>> type = context.getTestClass();
    while (type.isPresent()) {
      Optional<KonaplateSandboxTest> found =
          AnnotationSupport.findAnnotation(type.get(), KonaplateSandboxTest.class);
      if (found.isPresent()) {
        return found;
      }
      type = Optional.ofNullable(type.get().getEnclosingClass()); // @Nested classes
    }
    return Optional.empty();
  }

  /**
   * The sandbox and its client, closed by JUnit with the class-level store. Implements both
   * close contracts: JUnit 5.13+ closes AutoCloseable values, older versions CloseableResource;
   * each closes exactly one of them, and closing twice is harmless anyway.
   */
  @SuppressWarnings("deprecation")
  static final class Resources implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final KonaplateSandbox sandbox;
    private final boolean encryption;
    private KonaplateClient client; // guarded by this

    Resources(KonaplateSandbox sandbox, boolean encryption) {
      this.sandbox = sandbox;
      this.encryption = encryption;
    }

    synchronized KonaplateClient client() {
      if (client == null) {
        KonaplateClient.Builder builder = sandbox.clientBuilder();
        if (encryption) {
          builder.encryption(sandbox.clientEncryptionBuilder()
              .policy(EncryptionPolicy.ALL_REQUESTS).build());
        }
        client = builder.build();
      }
      return client;
    }

    @Override
    public void close() {
      synchronized (this) {
        if (client != null) {
          client.close();
        }
      }
      sandbox.close();
    }
  }
}
