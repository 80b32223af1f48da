package com.konaplate.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.spi.PayloadEncryptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Any response, whatever its status, headers and bytes, ends in an answer or a typed SDK
 * exception: never an unchecked Gson/OkHttp error or a NullPointerException.
 *
 * <p>The normal build replays {@code ResponseReaderFuzzTestInputs/}; to fuzz, see the README
 * ("Fuzzing").
 */
class ResponseReaderFuzzTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);

  @FuzzTest(maxDuration = "5m")
  void anyResponse_endsInAnAnswerOrATypedException(FuzzedDataProvider data) {
    int status = data.consumeInt(100, 599);
    String retryAfter = data.consumeBoolean() ? data.consumeString(40) : null;
    boolean encrypted = data.consumeBoolean();
    byte[] decrypted = data.consumeBytes(data.consumeInt(0, 2048));
    byte[] body = data.consumeRemainingAsBytes();

    // The encryptor answers with fuzzed plaintext, or refuses as a real one would.
    PayloadEncryptor encryptor = encrypted ? new FuzzedEncryptor(decrypted) : null;
    ResponseReader reader = new ResponseReader(encryptor, CLOCK);
    Request request = new Request.Builder().url("http://127.0.0.1/open-api/api/v1/card/terminate").build();
    Response.Builder response = new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(status)
        .message("fuzz")
        .body(ResponseBody.create(body, MediaType.get("application/json")));
    if (retryAfter != null) {
      try {
        response.header("Retry-After", retryAfter);
      } catch (IllegalArgumentException notAHeaderValue) {
        return; // OkHttp itself refuses such a header; it can never reach the reader
      }
    }

    AttemptResult result = reader.read(response.build(), "261125100203-1234567", null);

    assertNotNull(result);
    assertTrue((result.answer() == null) != (result.failure() == null));
    if (result.failure() != null) {
      KonaplateException e = result.failure().toException("terminateCard", 1, Duration.ZERO, false);
      assertNotNull(e.getMessage());
    } else {
      assertNotNull(result.answer().code());
    }
  }

  private static final class FuzzedEncryptor implements PayloadEncryptor {
    private final byte[] plaintext;

    FuzzedEncryptor(byte[] plaintext) {
      this.plaintext = plaintext;
    }

    @Override
    public String cryptoKeyId() {
      return "0123456789abcdef0123456789abcdef";
    }

    @Override
    public boolean encryptAllRequests() {
      return false;
    }

    @Override
    public String encrypt(byte[] plaintextJson) {
      throw new UnsupportedOperationException();
    }

    @Override
    public byte[] decrypt(String jweCompact) {
      if (jweCompact.isEmpty()) {
        throw new KonaplateCryptoException("refused", null);
      }
      return plaintext;
    }
  }
}
