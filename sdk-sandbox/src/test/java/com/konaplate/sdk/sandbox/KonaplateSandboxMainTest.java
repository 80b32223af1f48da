package com.konaplate.sdk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone launcher: arguments, banner, and that what it prints works. */
class KonaplateSandboxMainTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void itPrintsTheBaseUrlAndTheCredentials_andServesThem() {
    try (KonaplateSandbox sandbox = KonaplateSandboxMain.start(new String[] {"--port", "0"}, out)) {
      String text = printed();
      assertTrue(text.contains("base URL     " + sandbox.baseUrl()), text);
      assertTrue(text.contains(SandboxCredentials.DEFAULT_ASP_ID));
      assertTrue(text.contains(SandboxCredentials.DEFAULT_ACCESS_KEY));
      assertTrue(text.contains(SandboxCredentials.DEFAULT_SECRET_KEY));
      assertTrue(text.contains("SUCCESS         userId 100000000001  par Q10000000000000000000000101  -> 200 000_000"), text);
      assertEquals("000_000", TestHttp.call(TestSigner.terminateRequest(sandbox,
          DocumentedCase.SUCCESS.userId(), DocumentedCase.SUCCESS.par())).code());
    }
  }

  @Test
  void thePortMayBeBare_orWithEquals_andTheBasePathChosen() {
    try (KonaplateSandbox a = KonaplateSandboxMain.start(new String[] {"0"}, out);
        KonaplateSandbox b = KonaplateSandboxMain.start(
            new String[] {"--port=0", "--base-path=/kp"}, out)) {
      assertTrue(a.baseUrl().endsWith("/open-api"));
      assertTrue(b.baseUrl().endsWith("/kp"));
    }
  }

  @Test
  void aFixtureFile_replacesTheDocumentedCases(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("f.json");
    Files.writeString(file, "{\"members\":[{\"userId\":7,\"cards\":[{\"par\":"
        + "\"F00000000000000000000000001\",\"kind\":\"main\"}]}]}");
    try (KonaplateSandbox s = KonaplateSandboxMain.start(
        new String[] {"--port", "0", "--fixture", file.toString()}, out)) {
      assertEquals("000_000", TestHttp.call(TestSigner.terminateRequest(s, 7,
          "F00000000000000000000000001")).code());
      assertTrue(!printed().contains("SUCCESS"));
    }
  }

  @Test
  void help_printsTheUsage_andStartsNothing() {
    assertNull(KonaplateSandboxMain.start(new String[] {"--help"}, out));
    assertTrue(printed().startsWith("usage:"));
  }

  @Test
  void badArguments_areRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> KonaplateSandboxMain.start(new String[] {"--port"}, out));
    assertThrows(IllegalArgumentException.class,
        () -> KonaplateSandboxMain.start(new String[] {"--port", "x"}, out));
    assertThrows(IllegalArgumentException.class,
        () -> KonaplateSandboxMain.start(new String[] {"--verbose"}, out));
    assertThrows(IllegalArgumentException.class,
        () -> KonaplateSandboxMain.start(new String[] {"--fixture", "/no/such/file.json"}, out));
  }
}
