package com.konaplate.sdk.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Starts the embedded KONA PLATE sandbox for a Spring test and points the auto-configured
 * {@code KonaplateClient} at it: its base URL, credentials, clock and, as the sandbox has a
 * crypto key, matching encryption. No {@code konaplate.*} credentials are needed. The
 * {@link com.konaplate.sdk.sandbox.KonaplateSandbox} is a bean: inject it to inject faults,
 * count effects or {@code reset()} between tests (Spring caches the context, and with it the
 * sandbox's state, across test classes). Needs konaplate-sdk-sandbox on the test class path.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureKonaplateSandbox
 * class DiscardCardTest {
 *   @Autowired KonaplateClient client;
 *   @Autowired KonaplateSandbox sandbox;
 * }
 * }</pre>
 *
 * <p>A {@code KonaplateSandbox} bean of the test's own (say, with a fixture) replaces the
 * default one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration(KonaplateSandboxAutoConfiguration.class)
public @interface AutoConfigureKonaplateSandbox {
}
