package com.example.partner;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A few lines of KONA PLATE on loopback: accepts {@code POST /open-api/api/v1/card/terminate},
 * checks the X-KM headers and the X-KM-Tran-Token HMAC of the exact body received, and answers
 * success. Every problem it sees is recorded, so the caller can fail loudly.
 */
final class LocalKonaplateStub implements AutoCloseable {
  static final String PATH = "/open-api/api/v1/card/terminate";
  static final String SUCCESS = "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}";

  private static final Pattern CORRELATION_ID = Pattern.compile("\\d{12}-[0-9a-f]{7}");
  private static final Pattern TRAN_TIME = Pattern.compile("\\d{14}");
  private static final Pattern TOKEN = Pattern.compile("KMV1:(\\d{17}):([A-Za-z0-9+/]{43}=)");

  private final HttpServer server;
  private final String aspId;
  private final String accessKey;
  private final byte[] secretKey;
  private final List<String> problems = Collections.synchronizedList(new ArrayList<String>());
  private final List<byte[]> bodies = Collections.synchronizedList(new ArrayList<byte[]>());
  private final List<String> cryptoKeyIds = Collections.synchronizedList(new ArrayList<String>());

  LocalKonaplateStub(String aspId, String accessKey, String secretKey) throws IOException {
    this.aspId = aspId;
    this.accessKey = accessKey;
    this.secretKey = secretKey.getBytes(StandardCharsets.UTF_8);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/open-api";
  }

  List<String> problems() {
    return new ArrayList<>(problems);
  }

  List<byte[]> bodies() {
    return new ArrayList<>(bodies);
  }

  List<String> cryptoKeyIds() {
    return new ArrayList<>(cryptoKeyIds);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      byte[] body = readAll(exchange.getRequestBody());
      bodies.add(body);
      check("method", "POST", exchange.getRequestMethod());
      check("path", PATH, exchange.getRequestURI().getPath());
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      if (contentType == null || !contentType.startsWith("application/json")) {
        problems.add("Content-Type is " + contentType);
      }
      check("X-KM-User-AspId", aspId, header(exchange, "X-KM-User-AspId"));
      check("X-KM-Access-Key", accessKey, header(exchange, "X-KM-Access-Key"));
      check("X-KM-Time-Zone", "KST", header(exchange, "X-KM-Time-Zone"));
      String correlationId = header(exchange, "X-KM-Correlation-Id");
      matches("X-KM-Correlation-Id", CORRELATION_ID, correlationId);
      String tranTime = header(exchange, "X-KM-Tran-Time");
      matches("X-KM-Tran-Time", TRAN_TIME, tranTime);
      String token = header(exchange, "X-KM-Tran-Token");
      java.util.regex.Matcher m = token == null ? null : TOKEN.matcher(token);
      if (m == null || !m.matches()) {
        problems.add("X-KM-Tran-Token is malformed: " + token);
      } else {
        if (tranTime != null && !m.group(1).startsWith(tranTime)) {
          problems.add("X-KM-Tran-Token time " + m.group(1) + " is not X-KM-Tran-Time " + tranTime);
        }
        check("X-KM-Tran-Token signature", hmac(body), m.group(2));
      }
      String cryptoKeyId = exchange.getRequestHeaders().getFirst("X-KM-Crypto-Key-Id");
      if (cryptoKeyId != null) {
        cryptoKeyIds.add(cryptoKeyId);
      }
      byte[] answer = SUCCESS.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      if (correlationId != null) {
        exchange.getResponseHeaders().set("X-KM-Correlation-Id", correlationId);
      }
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    } catch (RuntimeException | IOException e) {
      problems.add("stub failed: " + e);
      exchange.sendResponseHeaders(500, -1);
    } finally {
      exchange.close();
    }
  }

  private String header(HttpExchange exchange, String name) {
    List<String> values = exchange.getRequestHeaders().get(name);
    if (values == null || values.size() != 1) {
      problems.add(name + " must be sent exactly once, got " + values);
      return null;
    }
    return values.get(0);
  }

  private void check(String what, String expected, String actual) {
    if (!expected.equals(actual)) {
      problems.add(what + " is " + actual + ", expected " + expected);
    }
  }

  private void matches(String what, Pattern pattern, String actual) {
    if (actual == null || !pattern.matcher(actual).matches()) {
      problems.add(what + " is malformed: " + actual);
    }
  }

  private String hmac(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    for (int n; (n = in.read(buffer)) != -1; ) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
