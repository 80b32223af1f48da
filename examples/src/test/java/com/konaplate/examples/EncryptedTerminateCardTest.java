package com.konaplate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.crypto.JweCodec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example encrypts when the KONAPLATE_* encryption variables are set. */
class EncryptedTerminateCardTest {
  private static final String PAR = "Q10000000000000000000000101";
  private static final Pattern ENVELOPE = Pattern.compile("\\{\"encData\":\"([A-Za-z0-9_.-]+)\"}");
  private final MockWebServer server = new MockWebServer();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void withEncryptionVariables_sendsAnEncryptedRequestAndReadsAnEncryptedAnswer(@TempDir Path dir)
      throws Exception {
    KeyPair serverKeys = rsa();
    KeyPair clientKeys = rsa();
    JweCodec sandbox = JweCodec.forServer(serverKeys.getPrivate(), clientKeys.getPublic());
    Path clientKeyFile = dir.resolve("client-key.pem");
    Files.writeString(clientKeyFile, pem("PRIVATE KEY", clientKeys.getPrivate()));
    server.enqueue(new MockResponse().setBody("{\"encData\":\"" + sandbox.encrypt(
        "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}"
            .getBytes(StandardCharsets.UTF_8)) + "\"}"));
    Map<String, String> env = new HashMap<>();
    env.put("KONAPLATE_BASE_URL", server.url("/open-api").toString());
    env.put("KONAPLATE_ASP_ID", "ASP000000000001");
    env.put("KONAPLATE_ACCESS_KEY", "AK00000000000000000000000000000000000001");
    env.put("KONAPLATE_SECRET_KEY", "sandbox-secret-key");
    env.put("KONAPLATE_CRYPTO_KEY_ID", "0123456789abcdef0123456789abcdef");
    env.put("KONAPLATE_SERVER_PUBLIC_KEY", pem("PUBLIC KEY", serverKeys.getPublic()));
    env.put("KONAPLATE_CLIENT_PRIVATE_KEY", clientKeyFile.toString());
    env.put("KONAPLATE_ENCRYPT_REQUESTS", "true");

    int status = TerminateCard.run(new String[] {"100000000001", PAR}, env::get,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("000_000 Success"));
    RecordedRequest request = server.takeRequest();
    assertEquals("0123456789abcdef0123456789abcdef", request.getHeader("X-KM-Crypto-Key-Id"));
    Matcher envelope = ENVELOPE.matcher(request.getBody().readUtf8());
    assertTrue(envelope.matches());
    String plain = new String(sandbox.decrypt(envelope.group(1)), StandardCharsets.UTF_8);
    assertTrue(plain.contains("\"par\":\"" + PAR + "\""), "the sandbox reads the request");
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  private static String pem(String type, Key key) {
    return "-----BEGIN " + type + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
        + "\n-----END " + type + "-----\n";
  }
}
