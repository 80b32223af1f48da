package com.konaplate.sdk.internal.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** Masking by value: what is known, how it is replaced, and that nothing is done for nothing. */
class KnownSecretsTest {
  private static final KnownSecrets CLIENT =
      KnownSecrets.ofClient("sandbox-secret-key", "AK00000000000000000000000000000000000001", null, "short");
  private static final byte[] REQUEST = ("{\"userId\":100000000001,\"par\":\"Q10000000000000000000000101\","
      + "\"phone\":\"01012345678\",\"name\":\"Kim\"}").getBytes(StandardCharsets.UTF_8);

  @Test
  void knows_theClientsSecretsAndTheRequestsFieldsOffTheAllowList_longestFirst() {
    assertEquals(List.of("AK00000000000000000000000000000000000001", "Q10000000000000000000000101",
        "sandbox-secret-key", "01012345678"), CLIENT.forCall(REQUEST).values());
  }

  @Test
  void masks_inAnyLetterCase_cardsByTheirEnds_andTheAttemptsTokenSignature() {
    Headers sent = Headers.of("X-KM-Tran-Token", "KMV1:20261125100203456:8/zYsNDAFrMo4kCDvym/s/D15ZsfwItkv/cmkSGQ+qo=");
    String text = "card q10000000000000000000000101, phone 01012345678, key sandbox-secret-key, "
        + "sig 8/zYsNDAFrMo4kCDvym/s/D15ZsfwItkv/cmkSGQ+qo=, user 100000000001, name Kim";
    assertEquals("card Q100****0101, phone ****, key ****, sig ****, user 100000000001, name Kim",
        CLIENT.forCall(REQUEST).mask(text, sent));
  }

  @Test
  void shortText_isReturnedAsItIs_withoutLookingAtTheRequest() {
    KnownSecrets call = CLIENT.forCall("not json".getBytes(StandardCharsets.UTF_8));
    String success = "Success";
    assertSame(success, call.mask(success, null));
    assertSame(null, call.mask(null, null));
  }

  @Test
  void logText_escapesControlCharacters_andCutsLongValues() {
    assertEquals("a\\u001b[2Jb\\u000dc", LogText.clean("a\u001b[2Jb\rc", 200));
    assertEquals("12345…(10 chars)", LogText.clean("1234567890", 5));
    String plain = "plain";
    assertSame(plain, LogText.clean(plain, 200));
  }
}
