package com.konaplate.sdk.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * A test-only X-KM signer, written from PROTOCOL.md, so the sandbox's tests do not depend on
 * the SDK client (nor the sandbox's own verifier).
 */
public final class TestSigner {
  public static final MediaType JSON = MediaType.get("application/json");
  private static final DateTimeFormatter TOKEN_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
  private static final DateTimeFormatter CORRELATION_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss");
  private static final AtomicInteger SEQUENCE = new AtomicInteger(0xabc000);

  private TestSigner() {
  }

  /** The JSON body of a terminate call. */
  public static byte[] body(long userId, String par) {
    return ("{\"userId\":" + userId + ",\"par\":\"" + par + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  /** Signed headers for {@code body} sent at {@code at}, times in KST. Mutable, in order. */
  public static Map<String, String> headers(SandboxCredentials c, Instant at, byte[] body) {
    return headers(c, at, "KST", ZoneId.of("Asia/Seoul"), body);
  }

  /** Signed headers with times written in {@code zone}, labelled {@code zoneName}. */
  public static Map<String, String> headers(SandboxCredentials c, Instant at, String zoneName,
      ZoneId zone, byte[] body) {
    String tokenTime = TOKEN_TIME.format(at.atZone(zone));
    Map<String, String> h = new LinkedHashMap<>();
    h.put("X-KM-User-AspId", c.aspId());
    h.put("X-KM-Correlation-Id", CORRELATION_TIME.format(at.atZone(zone)) + "-"
        + String.format("%07x", SEQUENCE.incrementAndGet() & 0xfffffff));
    h.put("X-KM-Access-Key", c.accessKey());
    h.put("X-KM-Tran-Token", "KMV1:" + tokenTime + ":" + hmac(c.secretKey(), body));
    h.put("X-KM-Tran-Time", tokenTime.substring(0, 14));
    h.put("X-KM-Time-Zone", zoneName);
    h.put("Content-Type", "application/json");
    return h;
  }

  public static String hmac(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The headers as the engine takes them. */
  public static Map<String, List<String>> multi(Map<String, String> headers) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    headers.forEach((k, v) -> m.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
    return m;
  }

  /** An OkHttp POST of {@code body} with {@code headers} to the sandbox's terminate URL. */
  public static Request terminateRequest(KonaplateSandbox sandbox, Map<String, String> headers,
      byte[] body) {
    Request.Builder b = new Request.Builder()
        .url(sandbox.baseUrl() + "/api/v1/card/terminate")
        .post(RequestBody.create(body, JSON));
    headers.forEach(b::header);
    return b.build();
  }

  /** A signed OkHttp terminate request, signed at the sandbox's clock. */
  public static Request terminateRequest(KonaplateSandbox sandbox, long userId, String par) {
    byte[] body = body(userId, par);
    return terminateRequest(sandbox,
        headers(sandbox.credentials(), sandbox.clock().instant(), body), body);
  }
}
