package com.konaplate.sdk.sandbox.members;

import static com.konaplate.sdk.sandbox.members.MemberData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.BlockedUserException;
import com.konaplate.sdk.exception.CardHasBalanceException;
import com.konaplate.sdk.exception.DormantUserNotFoundException;
import com.konaplate.sdk.exception.InvalidTermsException;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.exception.LoginAttemptsExceededException;
import com.konaplate.sdk.exception.MandatoryTermsException;
import com.konaplate.sdk.exception.PinMismatchException;
import com.konaplate.sdk.exception.UserAlreadyExistsException;
import com.konaplate.sdk.exception.UserNotActiveException;
import com.konaplate.sdk.exception.WalletUserNotFoundException;
import com.konaplate.sdk.model.ActivateDormantMemberRequest;
import com.konaplate.sdk.model.CheckRegistrationIdRequest;
import com.konaplate.sdk.model.TermsAndConditions;
import com.konaplate.sdk.model.TermsConsent;
import com.konaplate.sdk.model.UpdateTermsAgreementRequest;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import com.konaplate.sdk.sandbox.MemberState;
import com.konaplate.sdk.sandbox.SandboxCodes;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The documented refusals, as they follow from the members' state. */
@KonaplateSandboxTest
class MemberRefusalsTest {

  private static Map<Long, Boolean> agreements(KonaplateClient client, long userId) {
    Map<Long, Boolean> out = new TreeMap<>();
    for (TermsAndConditions t : client.members().terms(userId).terms()) {
      out.put(t.tcId(), t.isAgree());
      assertEquals(t.isAgree(), t.agreeDate() != null, "agreeDate only when agreed");
    }
    return out;
  }

  private static UpdateTermsAgreementRequest terms(long userId, Object... idAndAgree) {
    UpdateTermsAgreementRequest.Builder b = UpdateTermsAgreementRequest.builder().userId(userId);
    TermsConsent[] items = new TermsConsent[idAndAgree.length / 2];
    for (int i = 0; i < items.length; i++) {
      items[i] = TermsConsent.builder().tcId(((Number) idAndAgree[2 * i]).longValue())
          .isAgree((Boolean) idAndAgree[2 * i + 1]).build();
    }
    return b.tcList(Arrays.asList(items)).build();
  }

  @Test
  void withdrawal_isRefusedWhileACardHasBalance_orIsSuspended(KonaplateSandbox sandbox,
      KonaplateClient client) {
    assertEquals("001_052", assertThrows(CardHasBalanceException.class,
        () -> client.members().unregister(BALANCE_MEMBER)).code());
    KonaplateApiException suspended = assertThrows(KonaplateApiException.class,
        () -> client.members().unregister(SUSPENDED_CARD_MEMBER));
    assertEquals(SandboxCodes.MEMBER_HAS_SUSPENDED_CARD, suspended.code());
    assertEquals(400, suspended.httpStatus());
    assertEquals(MemberState.ACTIVE, sandbox.memberState(SUSPENDED_CARD_MEMBER).get());
    client.cards().resume(SUSPENDED_CARD_MEMBER, SUSPENDED_CARD);
    client.members().unregister(SUSPENDED_CARD_MEMBER);
    assertEquals(0, sandbox.withdrawalCount(BALANCE_MEMBER));
    assertEquals(1, sandbox.withdrawalCount(SUSPENDED_CARD_MEMBER));
    assertThrows(WalletUserNotFoundException.class,
        () -> client.members().unregister(NO_SUCH_MEMBER));
  }

  @Test
  void terms_agreeAndWithdrawOptional_butNeverAMandatoryOne_allOrNothing(
      KonaplateSandbox sandbox, KonaplateClient client) {
    Map<Long, Boolean> before = agreements(client, KONA);
    assertEquals(8, before.size());
    assertTrue(before.get(29184L));
    assertFalse(before.get(601151L));
    assertTrue(before.get(601152L));

    client.members().updateTerms(terms(KONA, 601151, true, 601152, false));
    Map<Long, Boolean> after = agreements(client, KONA);
    assertTrue(after.get(601151L));
    assertFalse(after.get(601152L));
    assertEquals(1, sandbox.effectCounts("updateTermsAgreement").get(String.valueOf(KONA)));

    assertEquals("001_081", assertThrows(MandatoryTermsException.class,
        () -> client.members().updateTerms(terms(KONA, 604150, true, 29184, false))).code());
    assertEquals("001_079", assertThrows(InvalidTermsException.class,
        () -> client.members().updateTerms(terms(KONA, 606153, true, 999, true))).code());
    assertEquals(after, agreements(client, KONA), "a refused request changes nothing");
    assertThrows(WalletUserNotFoundException.class,
        () -> client.members().updateTerms(terms(NO_SUCH_MEMBER, 601151, true)));

    for (TermsAndConditions t : client.members().terms((Long) null).terms()) {
      assertFalse(t.isAgree(), "without a member");
      assertNull(t.agreeDate());
    }
  }

  @Test
  void aDormantMember_isReactivatedOnce_byMatchingData(KonaplateSandbox sandbox,
      KonaplateClient client) {
    ActivateDormantMemberRequest mona = ActivateDormantMemberRequest.builder()
        .ci(DORMANT_CI).userName("이모나").birthDate("20050628").gender("Female").build();
    assertThrows(WalletUserNotFoundException.class, () -> client.members().info(DORMANT),
        "kept apart while dormant");
    assertThrows(UserNotActiveException.class,
        () -> client.members().verifyPassword(DORMANT_LOGIN_ID, "111111"));
    assertEquals(DORMANT_LOGIN_ID, client.members().findLoginId(DORMANT_CI).loginId());
    assertThrows(WalletUserNotFoundException.class, () -> client.members().activateDormant(
        mona.toBuilder().birthDate("20050629").build()), "the data must match");

    client.members().activateDormant(mona);
    assertEquals(MemberState.ACTIVE, sandbox.memberState(DORMANT).get());
    assertEquals("이모나", client.members().info(DORMANT).userInfo().userName());
    assertEquals(DORMANT, client.members().verifyPassword(DORMANT_LOGIN_ID, "111111").userId());
    assertThrows(DormantUserNotFoundException.class,
        () -> client.members().activateDormant(mona), "a repeat finds no dormant member");
    assertThrows(BlockedUserException.class, () -> client.members().activateDormant(
        ActivateDormantMemberRequest.builder().ci(BLOCKED_CI).userName("조동백")
            .birthDate("19950525").gender("Male").build()));
  }

  @Test
  void fiveWrongPasswords_lockTheCheck_untilReset(KonaplateSandbox sandbox,
      KonaplateClient client) {
    assertEquals(KONA, client.members().verifyPassword(KONA_LOGIN_ID, KONA_PASSWORD).userId());
    for (int i = 0; i < 5; i++) {
      assertThrows(PinMismatchException.class,
          () -> client.members().verifyPassword(KONA_LOGIN_ID, "000000"));
    }
    assertEquals(5, sandbox.effectCounts("verifyMemberPassword").get(KONA_LOGIN_ID));
    assertEquals("001_069", assertThrows(LoginAttemptsExceededException.class,
        () -> client.members().verifyPassword(KONA_LOGIN_ID, KONA_PASSWORD)).code());
    sandbox.reset();
    assertEquals(KONA, client.members().verifyPassword(KONA_LOGIN_ID, KONA_PASSWORD).userId());
  }

  @Test
  void aMatch_clearsTheFailures(KonaplateClient client) {
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 4; i++) {
        assertThrows(PinMismatchException.class,
            () -> client.members().verifyPassword(KONA_LOGIN_ID, "000000"));
      }
      assertEquals(KONA, client.members().verifyPassword(KONA_LOGIN_ID, KONA_PASSWORD)
          .userId());
    }
  }

  @Test
  void lookUps_byLoginIdAndCi(KonaplateClient client) {
    assertNotNull(client.members().checkLoginId("free@example.com"));
    assertThrows(UserAlreadyExistsException.class,
        () -> client.members().checkLoginId(KONA_LOGIN_ID));
    client.members().checkRegistrationId(CheckRegistrationIdRequest.builder()
        .userId(KONA).loginId(KONA_LOGIN_ID).build());
    assertThrows(UserAlreadyExistsException.class, () -> client.members().checkRegistrationId(
        CheckRegistrationIdRequest.builder().userId(WITHDRAWABLE).loginId(KONA_LOGIN_ID)
            .build()), "another member's login id");
    assertEquals(KONA, client.members().findByCi(KONA_CI).userId());
    assertEquals(KONA_LOGIN_ID, client.members().findLoginId(KONA_CI).loginId());
    assertThrows(WalletUserNotFoundException.class,
        () -> client.members().findByCi(ci("CIUnknown01")));
    assertTrue(client.members().authStatus(KONA).authenticated());
    assertFalse(client.members().authStatus(WITHDRAWABLE).authenticated());
    assertThrows(WalletUserNotFoundException.class,
        () -> client.members().authStatus(NO_SUCH_MEMBER));
  }
}
