package com.konaplate.sdk.sandbox.cards;

import static com.konaplate.sdk.sandbox.cards.CardData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.CardAlreadyTerminatedException;
import com.konaplate.sdk.exception.InvalidCardDetailsException;
import com.konaplate.sdk.exception.InvalidCardException;
import com.konaplate.sdk.model.Card;
import com.konaplate.sdk.model.CardLimits;
import com.konaplate.sdk.model.CardStatus;
import com.konaplate.sdk.model.SearchCardsRequest;
import com.konaplate.sdk.model.UpdateCardLimitsRequest;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One shared model: what one operation does, the others see. */
@KonaplateSandboxTest
class EffectsComposeTest {

  private static Card card(KonaplateClient client, long userId, String par) {
    List<Card> cards = client.cards().search(
        SearchCardsRequest.builder().userId(userId).par(par).build()).cards();
    assertEquals(1, cards.size(), "listed: " + par);
    return cards.get(0);
  }

  private static List<String> pars(KonaplateClient client, long userId) {
    return client.cards().search(userId).cards().stream().map(Card::par)
        .collect(Collectors.toList());
  }

  @Test
  void suspend_showsSuspendedInSearch_resume_showsActiveAgain(KonaplateSandbox sandbox,
      KonaplateClient client) {
    assertEquals(CardStatus.ACTIVE, card(client, SPARES, PREPAID).mobileCardStatus());
    client.cards().suspend(SPARES, PREPAID);
    Card suspended = card(client, SPARES, PREPAID);
    assertEquals(CardStatus.SUSPENDED, suspended.mobileCardStatus());
    assertFalse(suspended.rechargeable());
    assertEquals(CardStatus.ACTIVE, card(client, SPARES, DEBIT).mobileCardStatus(), "only it");
    assertEquals(CardStatus.SUSPENDED, client.cards().findUser(PREPAID_CARD_NO).cardStatus());

    client.cards().suspend(SPARES, PREPAID); // convergent: the same state, success again
    assertEquals(CardStatus.SUSPENDED, card(client, SPARES, PREPAID).mobileCardStatus());
    client.cards().resume(SPARES, PREPAID);
    assertEquals(CardStatus.ACTIVE, card(client, SPARES, PREPAID).mobileCardStatus());
    assertEquals(3, sandbox.statusChangeCount(PREPAID));
  }

  @Test
  void aSuspendedCardOfTheFixture_isResumed(KonaplateClient client) {
    assertEquals(CardStatus.SUSPENDED,
        card(client, SUSPENDED_MEMBER, SUSPENDED_CARD).mobileCardStatus());
    client.cards().resume(SUSPENDED_MEMBER, SUSPENDED_CARD);
    assertEquals(CardStatus.ACTIVE, card(client, SUSPENDED_MEMBER, SUSPENDED_CARD)
        .mobileCardStatus());
  }

  @Test
  void terminate_removesTheCardAndItsDependents_thenItsStateCannotChange(
      KonaplateSandbox sandbox, KonaplateClient client) {
    assertEquals(List.of(MAIN, SUB, PHYSICAL, PHYSICAL_OF_SUB), pars(client, FAMILY));
    client.cards().terminate(FAMILY, MAIN);
    assertTrue(pars(client, FAMILY).isEmpty(), "the sub card and physical cards went with it");
    assertTrue(client.cards().search(SearchCardsRequest.builder().userId(FAMILY).par(MAIN)
        .build()).cards().isEmpty());
    assertEquals("003_022", assertThrows(CardAlreadyTerminatedException.class,
        () -> client.cards().suspend(FAMILY, MAIN)).code());
    assertThrows(CardAlreadyTerminatedException.class, () -> client.cards().resume(FAMILY, SUB));
    assertThrows(InvalidCardException.class, () -> client.cards().terminate(FAMILY, MAIN));
    assertThrows(InvalidCardDetailsException.class,
        () -> client.cards().findUser("9491330000000103"), "the physical card went too");
    assertEquals(1, sandbox.terminationCount(MAIN));
    assertEquals(0, sandbox.statusChangeCount(MAIN));
  }

  @Test
  void aSuspendedCard_canBeDiscarded(KonaplateSandbox sandbox, KonaplateClient client) {
    client.cards().suspend(SPARES, PREPAID);
    client.cards().terminate(SPARES, PREPAID);
    assertFalse(pars(client, SPARES).contains(PREPAID));
    assertThrows(CardAlreadyTerminatedException.class,
        () -> client.cards().resume(SPARES, PREPAID));
    assertThrows(InvalidCardDetailsException.class,
        () -> client.cards().virtualAccount(PREPAID_CARD_NO), "nor found by number");
  }

  @Test
  void aCancelledApplication_removesItsCard_fromSearch_andFromStatusChanges(
      KonaplateClient client) {
    assertTrue(pars(client, APPLICANT).contains(TODAYS_CARD));
    client.cards().cancelApplication(APPLICANT, TODAYS_APPLICATION);
    assertFalse(pars(client, APPLICANT).contains(TODAYS_CARD));
    assertThrows(CardAlreadyTerminatedException.class,
        () -> client.cards().suspend(APPLICANT, TODAYS_CARD));
  }

  @Test
  void limits_persistAcrossCalls_andResetRestoresThem(KonaplateSandbox sandbox,
      KonaplateClient client) {
    client.cards().updateLimits(UpdateCardLimitsRequest.builder().userId(SPARES).par(DEBIT)
        .limits(CardLimits.builder().once(1).day(2).month(3).build()).build());
    assertEquals(3L, card(client, SPARES, DEBIT).limits().month());
    sandbox.reset();
    assertEquals(0L, card(client, SPARES, DEBIT).limits().month());
    assertEquals(0, sandbox.limitUpdateCount(DEBIT));
  }

  @Test
  void requestsAreCountedPerOperation(KonaplateSandbox sandbox, KonaplateClient client) {
    client.cards().search(FAMILY);
    client.cards().search(SPARES);
    client.cards().suspend(SPARES, PREPAID);
    assertEquals(2, sandbox.requestCount("searchCards"));
    assertEquals(1, sandbox.requestCount("changeCardStatus"));
    assertEquals(0, sandbox.requestCount("terminateCard"));
    assertEquals(3, sandbox.requestCount());
    assertEquals("searchCards", sandbox.recordedRequests().get(0).operationId().get());
  }
}
