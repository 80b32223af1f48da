package com.konaplate.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The local run (exec:java) starts the real application against the sandbox. */
class LocalCardServiceTest {

  @Test
  void theLocalRun_servesDiscardsAgainstTheEmbeddedSandbox() throws Exception {
    try (ConfigurableApplicationContext context = LocalCardService.start("--server.port=0")) {
      String port = context.getEnvironment().getProperty("local.server.port");
      DocumentedCase c = DocumentedCase.SUCCESS;
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
          .newBuilder(URI.create("http://127.0.0.1:" + port + "/cards/discard"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"userId\":" + c.userId() + ",\"par\":\"" + c.par() + "\"}"))
          .build(), HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(context.getBean(KonaplateSandbox.class).terminationCount(c.par())).isEqualTo(1);
    }
  }
}
