package com.konaplate.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.spring.boot.test.AutoConfigureKonaplateSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** The whole service over HTTP, its KONA PLATE client aimed at the embedded sandbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureKonaplateSandbox
class DiscardCardControllerTest {
  private final HttpClient http = HttpClient.newHttpClient();
  @Autowired
  KonaplateSandbox sandbox;
  @Autowired
  Environment environment;

  @BeforeEach
  void freshSandbox() {
    sandbox.reset();
  }

  private HttpResponse<String> discard(DocumentedCase c) throws Exception {
    String port = environment.getProperty("local.server.port");
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/cards/discard"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"userId\":" + c.userId() + ",\"par\":\"" + c.par() + "\"}"))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void discardingACard_answers200_andTheSandboxDiscardedIt() throws Exception {
    HttpResponse<String> response = discard(DocumentedCase.SUCCESS);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"outcome\":\"discarded\"", "\"code\":\"000_000\"");
    assertThat(sandbox.terminationCount(DocumentedCase.SUCCESS.par())).isEqualTo(1);
  }

  @Test
  void aCardWithBalance_answers409WithTheResultCode_andNothingChanged() throws Exception {
    HttpResponse<String> response = discard(DocumentedCase.BALANCE_LEFT);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body()).contains("\"outcome\":\"refused\"", "\"code\":\"001_052\"");
    assertThat(sandbox.terminationCount(DocumentedCase.BALANCE_LEFT.par())).isZero();
  }

  @Test
  void aServerErrorAfterTheEffect_isSettledByReadBack_soTheCardIsDiscardedOnce() throws Exception {
    sandbox.faults().forOperation("terminateCard").next(1, Fault.serverErrorAfterEffect(500));

    HttpResponse<String> response = discard(DocumentedCase.SUCCESS);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(sandbox.terminationCount(DocumentedCase.SUCCESS.par())).isEqualTo(1);
  }
}
