package com.konaplate.sdk.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.konaplate.sdk.CallEvent;
import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.KonaplateListener;
import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.SandboxCredentials;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The client bean: when it is made, from what, and how a bad setting stops start-up. */
class KonaplateAutoConfigurationTest {
  private static final String ASP_ID = "konaplate.asp-id=" + SandboxCredentials.DEFAULT_ASP_ID;
  private static final String ACCESS_KEY = "konaplate.access-key=" + SandboxCredentials.DEFAULT_ACCESS_KEY;
  private static final String SECRET_KEY = "konaplate.secret-key=" + SandboxCredentials.DEFAULT_SECRET_KEY;
  private static KonaplateSandbox sandbox;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(KonaplateAutoConfiguration.class));

  @BeforeAll
  static void startSandbox() {
    sandbox = KonaplateSandbox.builder().withoutCryptoKey().start();
  }

  @org.junit.jupiter.api.BeforeEach
  void resetSandbox() {
    sandbox.reset();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  private ApplicationContextRunner withSandboxProperties() {
    return runner.withPropertyValues("konaplate.base-url=" + sandbox.baseUrl(), ASP_ID,
        ACCESS_KEY, SECRET_KEY);
  }

  @Test
  void withCredentials_aClientBeanCallsTheConfiguredBaseUrl() {
    withSandboxProperties().run(context -> {
      assertThat(context).hasSingleBean(KonaplateClient.class);
      KonaplateClient client = context.getBean(KonaplateClient.class);
      assertThat(client.baseUrl()).isEqualTo(sandbox.baseUrl());
      DocumentedCase c = DocumentedCase.SUCCESS;
      long before = sandbox.requestCount();
      assertThat(client.cards().terminate(c.userId(), c.par()).code()).isEqualTo("000_000");
      assertThat(sandbox.requestCount()).isEqualTo(before + 1);
    });
  }

  @Test
  void theDefaults_areTheSdksDefaults_theSandboxBaseUrlAndKst() {
    runner.withPropertyValues(ASP_ID, ACCESS_KEY, SECRET_KEY).run(context -> {
      KonaplateClient client = context.getBean(KonaplateClient.class);
      assertThat(client.baseUrl()).isEqualTo(KonaplateClient.SANDBOX_BASE_URL);
      assertThat(client.toString()).contains("timeZone=KST", "encryption=off", "maxAttempts=3");
    });
  }

  @Test
  void theClient_isClosedWithTheContext() {
    withSandboxProperties().run(context -> {
      String destroy = ((BeanDefinitionRegistry) context.getBeanFactory())
          .getBeanDefinition("konaplateClient").getDestroyMethodName();
      assertThat(destroy).isEqualTo("close");
    });
  }

  @Test
  void anApplicationsOwnClient_replacesTheAutoConfiguredOne() {
    withSandboxProperties().withUserConfiguration(OwnClient.class).run(context -> {
      assertThat(context).hasSingleBean(KonaplateClient.class);
      assertThat(context.getBean(KonaplateClient.class).baseUrl()).startsWith("http://localhost:1/");
    });
  }

  @Test
  void withoutCredentials_startUpFails_namingTheProperty() {
    runner.run(context -> {
      assertThat(context).hasFailed();
      assertThat(BadPropertiesTest.messages(context.getStartupFailure()))
          .contains("konaplate.asp-id is required");
    });
  }

  @Test
  void customizers_runInOrder_afterTheProperties() {
    withSandboxProperties().withUserConfiguration(Customizers.class).run(context -> {
      assertThat(context.getBean(KonaplateClient.class).toString()).contains("timeZone=JST");
      assertThat(context.getBean(KonaplateClient.class).baseUrl()).isEqualTo(sandbox.baseUrl());
    });
  }

  @Test
  void everyListenerBean_isTold_evenWhenAnotherThrows() {
    withSandboxProperties().withUserConfiguration(Listeners.class).run(context -> {
      DocumentedCase c = DocumentedCase.SUCCESS;
      context.getBean(KonaplateClient.class).cards().terminate(c.userId(), c.par());
      assertThat(context.getBean(Listeners.class).seen).containsExactly("terminateCard");
    });
  }

  @Test
  void retryProperties_makeTheRetryPolicy() {
    withSandboxProperties().withPropertyValues("konaplate.retry.max-attempts=5",
        "konaplate.retry.deadline=7s", "konaplate.retry.read-back=false").run(context ->
        assertThat(context.getBean(KonaplateClient.class).toString())
            .contains("maxAttempts=5", "deadline=PT7S", "readBack=false"));
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    @Bean
    KonaplateClient myClient() {
      return KonaplateClient.builder().baseUrl("http://localhost:1/open-api")
          .aspId(SandboxCredentials.DEFAULT_ASP_ID).accessKey(SandboxCredentials.DEFAULT_ACCESS_KEY)
          .secretKey(SandboxCredentials.DEFAULT_SECRET_KEY).build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Customizers {
    @Bean
    @Order(2)
    KonaplateClientBuilderCustomizer second() {
      return b -> b.timeZone("JST");
    }

    @Bean
    @Order(1)
    KonaplateClientBuilderCustomizer first() {
      return b -> b.timeZone("UTC");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Listeners {
    final List<String> seen = new CopyOnWriteArrayList<>();

    @Bean
    @Order(1)
    KonaplateListener throwing() {
      return new KonaplateListener() {
        @Override
        public void callSucceeded(CallEvent event) {
          throw new IllegalStateException("metrics backend down");
        }
      };
    }

    @Bean
    @Order(2)
    KonaplateListener recording() {
      return new KonaplateListener() {
        @Override
        public void callSucceeded(CallEvent event) {
          seen.add(event.operation());
        }
      };
    }
  }
}
