package com.konaplate.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.internal.generated.json.ListCardTransactionsResultJson;
import com.konaplate.sdk.model.ListCardTransactionsResult;
import com.konaplate.sdk.model.ResultMetadata;
import com.konaplate.sdk.spec.ApiDescriptor;
import com.konaplate.sdk.spec.OperationDescriptor;
import com.konaplate.sdk.testing.FakeJwe;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/**
 * A success with data is read in one pass (the envelope found without a parser, the rest
 * checked by the generated reader as it reads) instead of a skim and then the reader. Whatever
 * the body, the call must end exactly as the two passes would have ended it: the same answer
 * and result, or the same failure. Checked here on well-formed pages and on thousands of
 * corruptions of them (cut short, a member twice, trailing text, upper-case literals, control
 * characters, an encData member, a second envelope), in plaintext and decrypted from an
 * encrypted answer.
 */
class OneReadingTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T00:00:00Z"), ZoneOffset.UTC);
  private static final OperationDescriptor HISTORY =
      ApiDescriptor.konaplate().operation("listCardTransactions");
  private static final String ENVELOPE =
      "\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}";
  private static final String TRANSACTION = "{\"trType\":\"01\",\"nrNumber\":\"NR0000000000034001\","
      + "\"trAmount\":15000,\"balanceBefore\":500000,\"balanceAfter\":515000,"
      + "\"merchantName\":\"Cafe\",\"authCancelType\":\"AUTH\",\"rechargeCancelable\":true}";
  private static final String DATA = "\"pageResponse\":{\"page\":0,\"totalPages\":2,"
      + "\"numberOfElements\":2},\"transactionInfo\":[" + TRANSACTION + "," + TRANSACTION + "]";

  private final ResponseReader reader = new ResponseReader(null, CLOCK);
  private final ResponseReader decrypting = new ResponseReader(new FakeJwe(), CLOCK);

  @Test
  void aPageWithItsEnvelopeLastOrFirst_isReadInOnePass_intoTheSameResult() {
    for (String body : new String[] {"{" + DATA + "," + ENVELOPE + "}",
        "{" + ENVELOPE + "," + DATA + "}"}) {
      AttemptResult result = read(body);
      assertNotNull(result.answer(), body);
      assertTrue(result.answer().checksDeferred(), "read in one pass: " + body);
      ListCardTransactionsResult page = ListCardTransactionsResultJson.readResult(
          result.answer().dataJson(), ResultMetadata.builder().build());
      assertEquals(2, page.transactions().size());
      assertEquals(Long.valueOf(515000L), page.transactions().get(0).balanceAfter());
      assertEquals(outcome(result.answer().recheck()), outcome(result));
    }
  }

  @Test
  void bodiesOfOtherShapes_areSkimmedFirstAsBefore() {
    String[] others = {
        "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}", // the envelope only
        "{ " + DATA + ", " + ENVELOPE + " }", // not compact
        "{" + DATA + ",\"response\":{\"code\":\"001_006\",\"description\":\"No member\"}}",
        "{" + DATA + ",\"response\":{\"description\":\"Success\",\"code\":\"000_000\"}}",
        "{" + DATA + ",\"response\":{\"code\":\"000_000\",\"description\":\"\\u0053uccess\"}}",
    };
    for (String body : others) {
      AttemptResult result = read(body);
      assertFalse(result.answer() != null && result.answer().checksDeferred(), body);
    }
    assertNull(read("{" + DATA + ",\"response\":{\"code\":\"001_006\",\"description\":\"x\"}}")
        .answer(), "a refusal with data stays a refusal");
  }

  @Test
  void anEncryptedBlockOrASecondEnvelopeBesideTheData_endsAsTheSkimmedReadingEndsIt() {
    for (String body : new String[] {"{" + DATA + ",\"encData\":\"x\"," + ENVELOPE + "}",
        "{" + DATA + ",\"response\":1," + ENVELOPE + "}",
        "{" + ENVELOPE + "," + DATA + ",\"response\":{}}"}) {
      AttemptResult fast = read(body);
      assertTrue(fast.answer().checksDeferred(), body);
      assertThrows(RuntimeException.class, () -> readPage(fast), "the reader refuses " + body);
      AttemptResult skimmed = fast.answer().recheck();
      assertTrue(skimmed.answer() == null || !skimmed.answer().checksDeferred());
      assertNotEquals(outcome(fast), outcome(skimmed), "not read as a page: " + body);
    }
  }

  @Test
  void aDecryptedPage_isReadInOnePassToo_intoTheSameResult() {
    for (String json : new String[] {"{" + DATA + "," + ENVELOPE + "}",
        "{" + ENVELOPE + "," + DATA + "}"}) {
      AttemptResult result = read(decrypting, FakeJwe.body(json));
      assertTrue(result.answer().checksDeferred(), "read in one pass: " + json);
      assertEquals(Long.valueOf(515000L),
          readPage(result).transactions().get(0).balanceAfter());
      AttemptResult skimmed = result.answer().recheck();
      assertFalse(skimmed.answer().checksDeferred());
      assertEquals(outcome(skimmed), outcome(result));
      assertNotNull(skimmed.wireBody(), "the recheck keeps the exchange for the wire log");
      assertEquals(FakeJwe.body(json), new String(skimmed.wireBody(), StandardCharsets.UTF_8));
    }
    assertFalse(read(decrypting, FakeJwe.body("{ " + DATA + ", " + ENVELOPE + " }")).answer()
        .checksDeferred(), "a decrypted answer of another shape is skimmed first, as before");
    assertNull(read(decrypting, FakeJwe.body(
        "{" + DATA + ",\"response\":{\"code\":\"001_006\",\"description\":\"x\"}}"))
        .answer(), "a decrypted refusal with data stays a refusal");
  }

  @Test
  void everyCorruptionOfAPage_endsAsTheSkimmedReadingEndsIt() {
    corruptionsEndAsSkimmed(body -> read(reader, body));
  }

  @Test
  void everyCorruptionOfADecryptedPage_endsAsTheSkimmedReadingEndsIt() {
    corruptionsEndAsSkimmed(json -> read(decrypting, FakeJwe.body(json)));
  }

  private static void corruptionsEndAsSkimmed(Function<String, AttemptResult> read) {
    Random random = new Random(20261202L);
    Set<String> bodies = new LinkedHashSet<>();
    for (String page : new String[] {"{" + DATA + "," + ENVELOPE + "}",
        "{" + ENVELOPE + "," + DATA + "}"}) {
      for (int cut = 1; cut < page.length(); cut++) {
        bodies.add(page.substring(0, cut)); // cut short anywhere
        bodies.add(page.substring(0, cut) + page.substring(cut + 1)); // one character lost
      }
      for (String insert : new String[] {"\"trType\":\"02\",", "\"x\":1,\"x\":2,", "TRUE", "\u0001",
          "\\'", "}", "]", ",", "\"encData\":\"e\",", "\"response\":{},", ENVELOPE + ","}) {
        for (int k = 0; k < 40; k++) {
          int at = 1 + random.nextInt(page.length() - 1);
          bodies.add(page.substring(0, at) + insert + page.substring(at));
        }
      }
      bodies.add(page + " ");
      bodies.add(page + "{}");
      bodies.add(page.replace("true", "True"));
      bodies.add(page.replace("Cafe", "Ca\u0007fe"));
      bodies.add(page.replace("\"merchantName\"", "\"trType\""));
    }
    int oneReading = 0;
    List<String> differing = new ArrayList<>();
    for (String body : bodies) {
      AttemptResult fast = read.apply(body);
      if (fast.answer() == null || !fast.answer().checksDeferred()) {
        continue;
      }
      oneReading++;
      String expected = outcome(fast.answer().recheck());
      String actual;
      try {
        readPage(fast);
        actual = outcome(fast);
      } catch (RuntimeException refused) {
        actual = outcome(fast.answer().recheck()); // what CallExecutor.afterAttempt does
      }
      if (!expected.equals(actual)) {
        differing.add(body + " -> " + actual + " instead of " + expected);
      }
    }
    assertTrue(oneReading > 500, "bodies read in one pass: " + oneReading);
    assertEquals(List.of(), differing);
  }

  /** What a partner would see of an attempt: the failure, or the answer and its result. */
  private static String outcome(AttemptResult r) {
    if (r.answer() == null) {
      return "failure " + r.failure().kind() + " retryable=" + r.failure().retryable()
          + " ambiguous=" + r.failure().ambiguous() + " " + r.failure().reason() + " " + r.failure().code();
    }
    String read;
    try {
      read = readPage(r).toString() + readPage(r).unknownFields();
    } catch (RuntimeException refused) {
      read = "refused by the reader: " + refused.getMessage();
    }
    return "answer " + r.answer().code() + " " + r.answer().description() + " " + read;
  }

  private static ListCardTransactionsResult readPage(AttemptResult r) {
    return ListCardTransactionsResultJson.readResult(r.answer().dataJson(),
        ResultMetadata.builder().build());
  }

  private AttemptResult read(String body) {
    return read(reader, body);
  }

  private static AttemptResult read(ResponseReader reader, String body) {
    Request request = new Request.Builder().url("http://127.0.0.1/api/v1/transaction/card")
        .build();
    Response response = new Response.Builder().request(request).protocol(Protocol.HTTP_1_1)
        .code(200).message("OK")
        .body(ResponseBody.create(body.getBytes(StandardCharsets.UTF_8),
            MediaType.get("application/json")))
        .build();
    return reader.read(response, "261202000000-1234567",
        new AttemptTag("261202000000-1234567", HISTORY, 10_000));
  }
}
