package com.konaplate.sdk.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a local {@link KonaplateSandbox}: one sandbox per class on a free
 * port, reset before each test, closed after the class. Test constructors, lifecycle methods
 * and test methods may declare {@link KonaplateSandbox} and
 * {@link com.konaplate.sdk.KonaplateClient} parameters.
 *
 * <pre>{@code
 * @KonaplateSandboxTest
 * class TerminateTest {
 *   @Test
 *   void terminates(KonaplateClient client, KonaplateSandbox sandbox) {
 *     client.cards().terminate(100000000001L, "Q10000000000000000000000101");
 *     assertEquals(1, sandbox.terminationCount("Q10000000000000000000000101"));
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(KonaplateSandboxExtension.class)
public @interface KonaplateSandboxTest {

  /** A class path resource with a JSON fixture; empty (the default) for the default fixture. */
  String fixture() default "";

  /** The base path the sandbox serves under. */
  String basePath() default KonaplateSandbox.DEFAULT_BASE_PATH;

  /**
   * Whether to {@linkplain KonaplateSandbox#reset() reset} the sandbox before each test
   * (default true). Turn off for tests that build on each other's state in a fixed order.
   */
  boolean resetBeforeEach() default true;

  /**
   * Whether to turn message encryption on (default false): the sandbox gets a
   * {@linkplain KonaplateSandbox.Builder#generatedCryptoKey() generated crypto key}, and the
   * injected client is configured with a {@code JweEncryption} for it
   * ({@link KonaplateSandbox#clientEncryptionBuilder()}) that encrypts every request
   * ({@code EncryptionPolicy.ALL_REQUESTS}) and decrypts the encrypted responses.
   */
  boolean encryption() default false;
}
