package com.konaplate.sdk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.InvalidCardException;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Configuring the extension: annotation attributes, a factory, and the sandbox's end. */
class KonaplateSandboxExtensionConfigTest {
  /** Marks the classes only the test kit runs; the build's surefire excludes the tag. */
  static final String KIT = "run-by-testkit";

  @Test
  void theAnnotationsFixtureAndBasePath_areUsed() {
    runAndAssertAllPass(WithTinyFixture.class);
  }

  @Test
  void resetBeforeEach_canBeTurnedOff() {
    runAndAssertAllPass(WithoutReset.class);
  }

  @Test
  void aFactory_buildsTheSandbox() {
    runAndAssertAllPass(WithFactory.class);
  }

  @Test
  void theSandboxIsClosedWhenTheClassEnds() {
    runAndAssertAllPass(RemembersItsPort.class);
    int port = RemembersItsPort.PORT.get();
    assertTrue(port > 0);
    assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
  }

  private static void runAndAssertAllPass(Class<?> testClass) {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(testClass))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.failed(0).aborted(0).succeeded(
            testClass == WithoutReset.class ? 2 : 1));
  }

  @Tag(KonaplateSandboxExtensionConfigTest.KIT)
  @KonaplateSandboxTest(fixture = "fixtures/tiny.json", basePath = "/kp")
  static class WithTinyFixture {
    @Test
    void usesIt(KonaplateSandbox sandbox, KonaplateClient client) {
      assertTrue(sandbox.baseUrl().endsWith("/kp"));
      assertEquals("000_000", client.cards().terminate(42, "TINY00000000000000000000001").code());
    }
  }

  @Tag(KonaplateSandboxExtensionConfigTest.KIT)
  @KonaplateSandboxTest(resetBeforeEach = false)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class WithoutReset {
    @Test
    @Order(1)
    void first(KonaplateClient client) {
      client.cards().terminate(DocumentedCase.SUCCESS.userId(), DocumentedCase.SUCCESS.par());
    }

    @Test
    @Order(2)
    void secondSeesTheFirstsEffect(KonaplateClient client) {
      assertThrows(InvalidCardException.class, () -> client.cards().terminate(
          DocumentedCase.SUCCESS.userId(), DocumentedCase.SUCCESS.par()));
    }
  }

  @Tag(KonaplateSandboxExtensionConfigTest.KIT)
  static class WithFactory {
    static final Clock FIXED = Clock.fixed(Instant.parse("2030-01-02T03:04:05Z"), ZoneOffset.UTC);

    @RegisterExtension
    static KonaplateSandboxExtension extension = KonaplateSandboxExtension.using(
        () -> KonaplateSandbox.builder().clock(FIXED).start());

    @Test
    void usesIt(KonaplateSandbox sandbox, KonaplateClient client) {
      assertEquals(FIXED, sandbox.clock());
      // The client signs with the sandbox's clock, so the skew check passes in 2030.
      assertEquals("000_000", client.cards().terminate(DocumentedCase.SUCCESS.userId(),
          DocumentedCase.SUCCESS.par()).code());
      assertEquals(Instant.parse("2030-01-02T03:04:05Z"),
          sandbox.recordedRequests().get(0).receivedAt());
    }
  }

  @Tag(KonaplateSandboxExtensionConfigTest.KIT)
  @KonaplateSandboxTest
  static class RemembersItsPort {
    static final AtomicInteger PORT = new AtomicInteger();

    @Test
    void remember(KonaplateSandbox sandbox) {
      PORT.set(sandbox.port());
    }
  }
}
