package com.konaplate.sdk.sandbox.members;

import static com.konaplate.sdk.sandbox.members.MemberData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.BasicCardDeletionException;
import com.konaplate.sdk.exception.InvalidCardDetailsException;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.exception.UserAlreadyExistsException;
import com.konaplate.sdk.exception.WalletUserNotFoundException;
import com.konaplate.sdk.model.Card;
import com.konaplate.sdk.model.CardStatus;
import com.konaplate.sdk.model.MemberInfo;
import com.konaplate.sdk.model.RegisterMemberResult;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import com.konaplate.sdk.sandbox.MemberState;
import com.konaplate.sdk.sandbox.SandboxCodes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A member's life against the sandbox, through the real client: the card family included. */
@KonaplateSandboxTest
class MemberLifecycleTest {

  @Test
  void register_info_cards_suspendResume_unregister(KonaplateSandbox sandbox,
      KonaplateClient client) {
    int active = sandbox.memberCount(MemberState.ACTIVE);
    RegisterMemberResult registered =
        client.members().register(newMember("life@example.com", ci("CILife0001")));
    long userId = registered.userId();
    assertEquals(FIRST_REGISTERED, userId, "the first registration after a reset");
    String par = registered.basicCardInfo().par();
    assertEquals(FIRST_REGISTERED_PAR, par);
    assertEquals("9491330000010101", registered.basicCardInfo().cardNo());
    assertEquals("000170000002000", registered.basicCardInfo().serviceId());
    assertEquals(6, registered.basicCardInfo().expiryDate().length());
    assertEquals(1, sandbox.registrationCount("life@example.com"));
    assertEquals(active + 1, sandbox.memberCount(MemberState.ACTIVE));
    assertEquals(MemberState.ACTIVE, sandbox.memberState(userId).get());

    MemberInfo info = client.members().info(userId).userInfo();
    assertEquals("life@example.com", info.loginId());
    assertEquals("홍길순", info.userName());
    assertEquals("01055550001", info.mobileNumber());
    assertEquals(ci("CILife0001"), info.ci());
    assertEquals(userId, client.members().findByCi(ci("CILife0001")).userId());
    assertTrue(client.members().authStatus(userId).authenticated(), "registered with a CI");

    List<Card> cards = client.cards().search(userId).cards();
    assertEquals(1, cards.size(), "the basic mobile card");
    assertEquals(par, cards.get(0).par());
    assertEquals(0L, cards.get(0).balance());
    assertEquals(CardStatus.ACTIVE, cards.get(0).mobileCardStatus());
    assertEquals(userId, client.cards().findUser("9491330000010101").userId());

    client.cards().suspend(userId, par);
    assertEquals(CardStatus.SUSPENDED, client.cards().search(userId).cards().get(0)
        .mobileCardStatus());
    KonaplateApiException refused = assertThrows(KonaplateApiException.class,
        () -> client.members().unregister(userId));
    assertEquals(SandboxCodes.MEMBER_HAS_SUSPENDED_CARD, refused.code());
    assertEquals(MemberState.ACTIVE, sandbox.memberState(userId).get());
    client.cards().resume(userId, par);
    assertThrows(BasicCardDeletionException.class, () -> client.cards().terminate(userId, par));

    client.members().unregister(userId);
    assertEquals(MemberState.WITHDRAWN, sandbox.memberState(userId).get());
    assertEquals(1, sandbox.withdrawalCount(userId));
    assertThrows(WalletUserNotFoundException.class, () -> client.members().info(userId));
    assertThrows(WalletUserNotFoundException.class, () -> client.cards().search(userId));
    assertThrows(WalletUserNotFoundException.class,
        () -> client.cards().findUser("9491330000010101"));
    assertThrows(WalletUserNotFoundException.class,
        () -> client.members().findByCi(ci("CILife0001")));
    assertEquals(1, sandbox.withdrawalCount(userId));
  }

  @Test
  void registrationsAreNumberedInOrder_andALoginIdOrCiRegistersOnce(KonaplateSandbox sandbox,
      KonaplateClient client) {
    assertEquals(FIRST_REGISTERED,
        client.members().register(newMember("one@example.com", ci("CIOne0001"))).userId());
    RegisterMemberResult second =
        client.members().register(newMember("two@example.com", null));
    assertEquals(FIRST_REGISTERED + 1, second.userId());
    assertEquals("Q10000000000000000000010201", second.basicCardInfo().par());
    assertFalse(client.members().authStatus(second.userId()).authenticated(), "no CI given");

    assertEquals("001_001", assertThrows(UserAlreadyExistsException.class,
        () -> client.members().register(newMember("one@example.com", ci("CIOther01")))).code());
    assertThrows(UserAlreadyExistsException.class,
        () -> client.members().register(newMember("three@example.com", ci("CIOne0001"))));
    assertThrows(UserAlreadyExistsException.class,
        () -> client.members().register(newMember(KONA_LOGIN_ID, null)), "a fixture member's");
    assertThrows(UserAlreadyExistsException.class,
        () -> client.members().register(newMember("dormant@example.com", DORMANT_CI)),
        "a dormant member keeps its CI");
    assertEquals(1, sandbox.registrationCount("one@example.com"));
    assertEquals(0, sandbox.registrationCount("three@example.com"));
    assertFalse(sandbox.memberState(FIRST_REGISTERED + 2).isPresent());
  }

  @Test
  void aWithdrawnMembersLoginIdAndCi_registerAgain_underANewUserId(KonaplateSandbox sandbox,
      KonaplateClient client) {
    long first = client.members().register(newMember("again@example.com", ci("CIAgain01")))
        .userId();
    client.members().unregister(first);
    assertEquals(MemberState.WITHDRAWN, sandbox.memberState(first).get());
    long second = client.members().register(newMember("again@example.com", ci("CIAgain01")))
        .userId();
    assertEquals(first + 1, second);
    assertEquals(2, sandbox.registrationCount("again@example.com"));
    assertEquals(second, client.members().findByCi(ci("CIAgain01")).userId());
  }

  @Test
  void reset_forgetsRegistrationsAndTheirCards_andRestoresTheFixture(KonaplateSandbox sandbox,
      KonaplateClient client) {
    int active = sandbox.memberCount(MemberState.ACTIVE);
    long userId = client.members().register(newMember("reset@example.com", null)).userId();
    client.members().unregister(WITHDRAWABLE);
    assertTrue(sandbox.cardStatus(FIRST_REGISTERED_PAR).isPresent());

    sandbox.reset();

    assertFalse(sandbox.memberState(userId).isPresent());
    assertFalse(sandbox.cardStatus(FIRST_REGISTERED_PAR).isPresent());
    assertEquals(0, sandbox.registrationCount("reset@example.com"));
    assertEquals(MemberState.ACTIVE, sandbox.memberState(WITHDRAWABLE).get());
    assertEquals(active, sandbox.memberCount(MemberState.ACTIVE));
    assertThrows(WalletUserNotFoundException.class, () -> client.members().info(userId));
    assertThrows(InvalidCardDetailsException.class,
        () -> client.cards().findUser("9491330000010101"), "its card is gone");
    assertEquals(userId,
        client.members().register(newMember("reset@example.com", null)).userId(),
        "numbering starts over, and the login id is free again");
  }
}
