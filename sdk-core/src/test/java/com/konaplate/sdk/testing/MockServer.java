package com.konaplate.sdk.testing;

import java.io.IOException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A MockWebServer started before and shut down after each test: {@code @RegisterExtension}. */
public final class MockServer implements BeforeEachCallback, AfterEachCallback {
  private final MockWebServer server = new MockWebServer();

  public MockWebServer server() {
    return server;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    server.start();
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    server.shutdown();
  }
}
