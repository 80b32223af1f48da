package com.konaplate.sdk.sandbox.money;

import static com.konaplate.sdk.sandbox.money.MoneyData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RawRequest;
import com.konaplate.sdk.exception.InvalidCardNumberException;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.model.IssueOneTimeTokenRequest;
import com.konaplate.sdk.model.IssueOneTimeTokenResult;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.spec.RetryClass;
import com.konaplate.sdk.sandbox.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * One-time tokens expire on the sandbox's clock (30 s; 5 minutes for ATM and CREDIT) and are
 * single-use; the fixture's pre-issued tokens never expire but are single-use until a reset.
 * Expired tokens are sent raw here: the SDK itself never sends a token it knows has expired.
 */
class TokenTest {
  private static final Instant T0 = Instant.parse("2026-11-25T01:00:00Z");

  /** A charge sent as raw JSON, so the SDK's own expiry check does not stop it. */
  private static String rawCharge(KonaplateClient client, String token, String dcvv) {
    String json = "{\"userId\":" + MEMBER + ",\"amount\":1000,\"oneTimeToken\":\"" + token
        + "\",\"dcvv\":\"" + dcvv + "\",\"merchantId\":\"" + CAFE + "\"}";
    RawRequest r = RawRequest.builder().path("/api/v1/recharges/by-bank-accounts/no-hce")
        .json(json).retryClass(RetryClass.UNSAFE).build();
    try {
      return client.rawCall(r).code();
    } catch (KonaplateApiException e) {
      return e.code() + " " + e.getMessage();
    }
  }

  private static String rawPay(KonaplateClient client, String token, String dcvv) {
    String json = "{\"oneTimeToken\":\"" + token + "\",\"dcvv\":\"" + dcvv
        + "\",\"amount\":100,\"merchantId\":\"" + CAFE + "\",\"channel\":\"OPENAPI\"}";
    try {
      return client.rawCall(RawRequest.builder().path("/api/v1/payment/no-hce").json(json)
          .retryClass(RetryClass.UNSAFE).build()).code();
    } catch (KonaplateApiException e) {
      return e.code();
    }
  }

  @Test
  void aToken_expiresAfter30Seconds_orFiveMinutesForAtmAndCredit_bySandboxClock() {
    ManualClock clock = new ManualClock(T0);
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder().clock(clock).start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      IssueOneTimeTokenResult shortLived = token(client, CARD_NO);
      IssueOneTimeTokenResult atm = client.payments().issueOneTimeToken(
          IssueOneTimeTokenRequest.builder().cardNo(CARD_NO).type("ATM").build());
      IssueOneTimeTokenResult credit = client.payments().issueOneTimeToken(
          IssueOneTimeTokenRequest.builder().cardNo(CARD_NO).type("CREDIT").build());
      IssueOneTimeTokenResult live = token(client, CARD_NO);
      assertEquals("7000000000000002", atm.oneTimeToken());
      assertEquals("702", atm.dcvv());
      clock.advance(Duration.ofSeconds(29));
      assertEquals("000_000", rawCharge(client, live.oneTimeToken(), live.dcvv()), "at 29 s");
      clock.advance(Duration.ofSeconds(1));
      String expired = rawCharge(client, shortLived.oneTimeToken(), shortLived.dcvv());
      assertTrue(expired.startsWith("000_002") && expired.contains("oneTimeToken"), expired);
      clock.advance(Duration.ofMinutes(4).plusSeconds(29));
      assertEquals("000_000", rawCharge(client, atm.oneTimeToken(), atm.dcvv()), "ATM at 4:59");
      clock.advance(Duration.ofSeconds(1));
      assertTrue(rawCharge(client, credit.oneTimeToken(), credit.dcvv()).startsWith("000_002"),
          "CREDIT at 5:00");
      assertEquals(START_BALANCE + 2000, sandbox.cardBalance(PAR).getAsLong());
      // An expired token pays nothing either: for a payment it is no card at all.
      assertEquals("006_008", rawPay(client, shortLived.oneTimeToken(), shortLived.dcvv()));
    }
  }

  @Test
  void aToken_isSingleUse_andFixtureTokensNeverExpire_butAreUsedUpUntilReset() {
    ManualClock clock = new ManualClock(T0);
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder().clock(clock).start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      IssueOneTimeTokenResult t = token(client, CARD_NO);
      assertEquals("000_000", rawPay(client, t.oneTimeToken(), t.dcvv()));
      assertEquals("006_008", rawPay(client, t.oneTimeToken(), t.dcvv()), "used");
      clock.advance(Duration.ofDays(400));
      assertEquals("000_000", rawPay(client, "9000000000000021", "921"), "a year later");
      assertEquals("006_008", rawPay(client, "9000000000000021", "921"), "used");
      assertEquals(2, sandbox.effectCounts("pay").size());
      sandbox.reset();
      assertEquals("000_000", rawPay(client, "9000000000000021", "921"), "after a reset");
      assertEquals("7000000000000001", token(client, CARD_NO).oneTimeToken(),
          "numbering restarts");
    }
  }

  @Test
  void aCardNumberTheSandboxDoesNotServe_getsNoToken() {
    try (KonaplateSandbox sandbox = KonaplateSandbox.start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      assertEquals("006_008", assertThrows(InvalidCardNumberException.class,
          () -> token(client, "9491330000009999")).code());
      assertThrows(InvalidCardNumberException.class, () -> token(client, "9491330000000901"),
          "a withdrawn member's card");
      assertThrows(InvalidCardNumberException.class, () -> token(client, "9491330000001103"),
          "a discarded card");
      // A suspended or expired card gets one: the payment refuses it.
      token(client, SUSPENDED_CARD_NO);
      token(client, EXPIRED_CARD_NO);
      assertTrue(sandbox.effectCounts("issueOneTimeToken").isEmpty(), "no money moved");
    }
  }
}
