package com.konaplate.sdk.spring.boot.test;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.SandboxCredentials;
import com.konaplate.sdk.spring.boot.autoconfigure.KonaplateAutoConfiguration;
import com.konaplate.sdk.spring.boot.autoconfigure.KonaplateClientBuilderCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The embedded sandbox and the customizer that aims the client at it. Imported by
 * {@link AutoConfigureKonaplateSandbox} only; not in the application's auto-configurations.
 */
@AutoConfiguration(before = KonaplateAutoConfiguration.class)
@ConditionalOnClass(KonaplateSandbox.class)
public class KonaplateSandboxAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public KonaplateSandboxAutoConfiguration() {
  }

  /** A sandbox on a free loopback port, closed with the context. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public KonaplateSandbox konaplateSandbox() {
    return KonaplateSandbox.start();
  }

  /** Aims the client at the sandbox, before the application's own customizers run. */
  @Bean
  public KonaplateClientBuilderCustomizer konaplateSandboxClientCustomizer(KonaplateSandbox sandbox) {
    return new SandboxCustomizer(sandbox);
  }

  /** First of the customizers, so the application's own may still change what it set. */
  static final class SandboxCustomizer implements KonaplateClientBuilderCustomizer, Ordered {
    private final KonaplateSandbox sandbox;

    SandboxCustomizer(KonaplateSandbox sandbox) {
      this.sandbox = sandbox;
    }

    @Override
    public void customize(KonaplateClient.Builder builder) {
      SandboxCredentials credentials = sandbox.credentials();
      builder.baseUrl(sandbox.baseUrl())
          .aspId(credentials.aspId())
          .accessKey(credentials.accessKey())
          .secretKey(credentials.secretKey())
          .clock(sandbox.clock());
      if (!sandbox.cryptoKeys().isEmpty()) {
        builder.encryption(sandbox.clientEncryptionBuilder().build());
      }
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }
}
