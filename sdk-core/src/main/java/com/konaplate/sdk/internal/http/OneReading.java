package com.konaplate.sdk.internal.http;

import com.konaplate.sdk.internal.json.StrictJson;
import com.konaplate.sdk.internal.log.KnownSecrets;
import com.konaplate.sdk.spec.ApiDescriptor;
import com.konaplate.sdk.spec.OperationDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import okhttp3.Headers;

/**
 * The one-pass reading of a success with data: which answers may skip the skim, their checks
 * left to the generated reader (see {@link ApiAnswer#checksDeferred()}).
 */
final class OneReading {
  /** The result code of success, as openapi.yaml's info.x-konaplate-success-code gives it. */
  private static final String SUCCESS = ApiDescriptor.konaplate().successCode();

  private OneReading() {
  }

  /**
   * The code and description of a plaintext success with data whose envelope is found without a
   * parser, for the generated reader to read in one pass (strictness, members given twice and
   * the end checked as it reads); null for every other answer, which {@code ResponseReader}
   * skims first. Reading a page of history twice (the skim, then the reader) was a third of the
   * SDK's own work per page.
   */
  static String[] envelope(OperationDescriptor op, int status, byte[] bytes) {
    return op == null || op.encryptResponse() ? null : successEnvelope(status, bytes);
  }

  /**
   * The code and description of a 2xx success with data whose envelope is found without a
   * parser; null otherwise. Also how a decrypted answer is read in one pass, as a plaintext one
   * (an encrypted search of 20 cards was read twice, the skim and then the reader, after its
   * decryption).
   */
  static String[] successEnvelope(int status, byte[] bytes) {
    if (status < 200 || status >= 300) {
      return null;
    }
    String[] envelope = CompactEnvelope.aroundData(bytes);
    return envelope == null || !SUCCESS.equals(envelope[0]) ? null : envelope;
  }

  /**
   * The answer of a body whose {@link #envelope} (or, decrypted, {@link #successEnvelope}) was
   * found, its checks deferred to the reader ({@code recheck}: the attempt classified with every check); null when the text must be
   * skimmed after all (a departure from RFC 8259 an old Gson would accept).
   */
  static ApiAnswer answer(String[] envelope, int status, String correlationId, byte[] bytes,
      KnownSecrets secrets, Headers sent, Supplier<AttemptResult> recheck) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (StrictJson.refusedBeforeReading(text)) {
      return null;
    }
    return new ApiAnswer(status, envelope[0], secrets.mask(envelope[1], sent), correlationId,
        bytes, text, recheck);
  }
}
