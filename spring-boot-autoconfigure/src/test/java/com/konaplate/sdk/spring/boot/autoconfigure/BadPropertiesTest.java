package com.konaplate.sdk.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.konaplate.sdk.sandbox.SandboxCredentials;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A bad value stops start-up with a message naming the property and never echoing a key. */
class BadPropertiesTest {
  private static final String SECRET = "s3cr3t-value-that-must-never-be-printed";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(KonaplateAutoConfiguration.class))
      .withPropertyValues("konaplate.asp-id=" + SandboxCredentials.DEFAULT_ASP_ID,
          "konaplate.access-key=" + SandboxCredentials.DEFAULT_ACCESS_KEY,
          "konaplate.secret-key=" + SECRET);

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("konaplate.asp-id=TOO-SHORT", "konaplate.asp-id", "15 visible ASCII characters"),
        Arguments.of("konaplate.access-key=" + SECRET, "konaplate.access-key", "40 visible ASCII characters"),
        Arguments.of("konaplate.secret-key=", "konaplate.secret-key", "is required"),
        Arguments.of("konaplate.base-url=http://example.com/open-api", "konaplate.base-url", "loopback"),
        Arguments.of("konaplate.base-url=https://user:" + SECRET + "@example.com", "konaplate.base-url", "user info"),
        Arguments.of("konaplate.time-zone=XYZ", "konaplate.time-zone", "3-letter zone"),
        Arguments.of("konaplate.read-timeout=0s", "konaplate.read-timeout", "positive"),
        Arguments.of("konaplate.retry.max-attempts=11", "konaplate.retry.max-attempts", "between 1 and 10"),
        Arguments.of("konaplate.retry.deadline=0s", "konaplate.retry.deadline", "positive"),
        Arguments.of("konaplate.retry.base-delay=10s", "konaplate.retry.base-delay", "must not exceed"),
        Arguments.of("konaplate.connect-timeout=soon", "konaplate.connect-timeout", "soon"),
        Arguments.of("konaplate.retry.max-attempts=three", "konaplate.retry.max-attempts", "three"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void startUpFails_namingTheProperty(String setting, String property, String reason) {
    runner.withPropertyValues(setting).run(context -> {
      assertThat(context).hasFailed();
      String messages = messages(context.getStartupFailure());
      assertThat(messages).contains(property).contains(reason).doesNotContain(SECRET);
    });
  }

  /** Every message of the cause chain, as the failure analyzer reads them. */
  static String messages(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c.getMessage()).append('\n');
    }
    return sb.toString();
  }
}
