package com.konaplate.sdk.benchmarks;

import com.konaplate.sdk.crypto.JweCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;

/**
 * Where the benchmarks of this JVM send their calls, and the keys of encrypted calls. The
 * report runs one {@link LoopbackServer} in its own JVM and tells every JMH fork its port and key
 * directory ({@value #PORT_PROPERTY}, {@value #KEYS_PROPERTY}), so the server's threads neither
 * allocate nor compile inside the measured JVM. Without those properties (tests, a bare JMH run)
 * a server is started in this JVM.
 */
public final class Endpoint {
  public static final String PORT_PROPERTY = "konaplate.bench.port";
  public static final String KEYS_PROPERTY = "konaplate.bench.keys";

  private static Endpoint current;

  /** {@code http://127.0.0.1:<port>}. */
  public final String url;
  public final BenchKeys keys;
  /** Non-null when the server runs in this JVM. */
  public final LoopbackServer localServer;

  private Endpoint(String url, BenchKeys keys, LoopbackServer localServer) {
    this.url = url;
    this.keys = keys;
    this.localServer = localServer;
  }

  /** The endpoint of this JVM: the external server when configured, else an in-process one. */
  public static synchronized Endpoint get() {
    if (current == null) {
      String port = System.getProperty(PORT_PROPERTY);
      if (port != null) {
        current = new Endpoint("http://127.0.0.1:" + Integer.parseInt(port),
            BenchKeys.readFrom(Paths.get(System.getProperty(KEYS_PROPERTY))), null);
      } else {
        BenchKeys keys = BenchKeys.generate();
        LoopbackServer server = startServer(keys);
        current = new Endpoint(server.url(), keys, server);
      }
    }
    return current;
  }

  /**
   * Starts the server of these keys. The encrypted answers, the success envelope and the Search
   * for Card answer of {@value Fixtures#SEARCH_CARDS} cards, are each encrypted once to the
   * client's public key, as KONA PLATE would; the server does not decrypt requests. The charge's
   * answer and the {@value Fixtures#HISTORY_PAGES} history pages are plaintext, as openapi.yaml
   * has them.
   */
  public static LoopbackServer startServer(BenchKeys keys) {
    try {
      return new LoopbackServer(Fixtures.RESPONSE_JSON, encryptedAnswer(keys),
          encryptedAnswer(keys, SearchFixture.RESPONSE_JSON), MoneyFixture.CHARGE_RESPONSE_JSON,
          MoneyFixture.HISTORY_PAGES_JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The success envelope encrypted to the client's public key, in its {@code encData} envelope. */
  static byte[] encryptedAnswer(BenchKeys keys) {
    return encryptedAnswer(keys, Fixtures.RESPONSE_JSON);
  }

  /** {@code json} encrypted once to the client's public key, in its {@code encData} envelope. */
  static byte[] encryptedAnswer(BenchKeys keys, byte[] json) {
    String jwe = JweCodec.forServer(keys.serverPrivate, keys.clientPublic).encrypt(json);
    return ("{\"encData\":\"" + jwe + "\"}").getBytes(StandardCharsets.US_ASCII);
  }
}
