package com.konaplate.sdk.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.spring.boot.autoconfigure.KonaplateAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the sandbox annotation imports, condition by condition. */
class AutoConfigureKonaplateSandboxTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(KonaplateSandboxAutoConfiguration.class,
          KonaplateAutoConfiguration.class));

  @Test
  void theClient_isAimedAtTheSandbox_withoutAnyCredentialProperty() {
    runner.run(context -> {
      KonaplateSandbox sandbox = context.getBean(KonaplateSandbox.class);
      KonaplateClient client = context.getBean(KonaplateClient.class);
      assertThat(client.baseUrl()).isEqualTo(sandbox.baseUrl());
      assertThat(client.toString()).contains("encryption=on");
      DocumentedCase c = DocumentedCase.SUCCESS;
      TerminateCardResult r = client.cards().terminate(c.userId(), c.par());
      assertThat(r.code()).isEqualTo("000_000");
      assertThat(sandbox.terminationCount(c.par())).isEqualTo(1);
      // encrypted answers read too: the client has the sandbox's crypto key
      assertThat(client.cards().search(DocumentedCase.BALANCE_LEFT.userId()).cards()).isNotEmpty();
    });
  }

  @Test
  void theSandbox_isClosedWithTheContext() {
    int[] port = new int[1];
    runner.run(context -> port[0] = context.getBean(KonaplateSandbox.class).port());
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> new java.net.Socket("127.0.0.1", port[0]).close())
        .isInstanceOf(java.net.ConnectException.class);
  }

  @Test
  void aTestsOwnSandbox_replacesTheDefaultOne() {
    runner.withUserConfiguration(OwnSandbox.class).run(context -> {
      assertThat(context).hasSingleBean(KonaplateSandbox.class);
      assertThat(context.getBean(KonaplateClient.class).toString()).contains("encryption=off");
    });
  }

  @Test
  void withoutKonaplateSdkSandbox_nothingIsImported() {
    runner.withClassLoader(new FilteredClassLoader(KonaplateSandbox.class)).run(context -> {
      // Not imported: the client needs its credentials again.
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasStackTraceContaining("konaplate.asp-id is required");
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnSandbox {
    @Bean(destroyMethod = "close")
    KonaplateSandbox mySandbox() {
      return KonaplateSandbox.builder().withoutCryptoKey().start();
    }
  }
}
