package com.konaplate.sdk.sandbox.cards;

import static com.konaplate.sdk.sandbox.cards.CardData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.AccountInfoMissingException;
import com.konaplate.sdk.exception.ApplicationNotCancelableException;
import com.konaplate.sdk.exception.ApplicationNotCancelableTodayException;
import com.konaplate.sdk.exception.CardAlreadyTerminatedException;
import com.konaplate.sdk.exception.InvalidCardDetailsException;
import com.konaplate.sdk.exception.InvalidInputException;
import com.konaplate.sdk.exception.ParNotFoundException;
import com.konaplate.sdk.exception.WalletUserNotFoundException;
import com.konaplate.sdk.model.CancelCardApplicationResult;
import com.konaplate.sdk.model.Card;
import com.konaplate.sdk.model.CardLimits;
import com.konaplate.sdk.model.CardStatus;
import com.konaplate.sdk.model.CardStatusChange;
import com.konaplate.sdk.model.ChangeCardStatusRequest;
import com.konaplate.sdk.model.FindCardUserResult;
import com.konaplate.sdk.model.FindCardVirtualAccountResult;
import com.konaplate.sdk.model.FindUnregisteredCardRequest;
import com.konaplate.sdk.model.FindUnregisteredCardResult;
import com.konaplate.sdk.model.ListCardProductsResult;
import com.konaplate.sdk.model.SearchCardsRequest;
import com.konaplate.sdk.model.SearchCardsResult;
import com.konaplate.sdk.model.UpdateCardLimitsRequest;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every card operation through the typed {@link KonaplateClient} against the embedded sandbox
 * (real sockets, the client as {@code sandbox.clientBuilder()} makes it: encryption as the spec
 * flags): its success and its documented refusals, each as its typed exception.
 */
@KonaplateSandboxTest
class CardOperationsTest {

  private static List<String> pars(SearchCardsResult r) {
    return r.cards().stream().map(Card::par).collect(Collectors.toList());
  }

  private static UpdateCardLimitsRequest limits(long userId, String par, long once, long day,
      long month) {
    return UpdateCardLimitsRequest.builder().userId(userId).par(par)
        .limits(CardLimits.builder().once(once).day(day).month(month).build()).build();
  }

  // ---------------------------------------------------------------- Search for Card

  @Test
  void search_listsTheMembersCards_withTheDocumentedFields(KonaplateClient client) {
    SearchCardsResult r = client.cards().search(FAMILY);
    assertEquals("000_000", r.code());
    assertEquals(Arrays.asList(MAIN, SUB, PHYSICAL, PHYSICAL_OF_SUB), pars(r));
    for (Card c : r.cards()) {
      assertEquals(0L, c.balance());
      assertEquals(0L, c.pendingAmount());
      assertFalse(c.isNamed());
      assertEquals(CardStatus.ACTIVE, c.mobileCardStatus());
      assertEquals(PREPAID_PRODUCT, c.serviceId());
      assertEquals("KONA Sandbox Prepaid Card", c.serviceName());
      assertNull(c.limits(), "only debit cards have limits");
    }
  }

  @Test
  void search_byPar_listsThatCard_withItsLimitsAndAccount(KonaplateClient client) {
    SearchCardsResult r = client.cards().search(
        SearchCardsRequest.builder().userId(SPARES).par(DEBIT).build());
    assertEquals(Collections.singletonList(DEBIT), pars(r));
    Card debit = r.cards().get(0);
    assertEquals(0L, debit.limits().once());
    assertTrue(debit.isNamed());
    assertEquals(DEBIT_CARD_NO, debit.mobileCardNo());
    assertEquals("KONA Sandbox Bank", debit.bankInfo().bankName());
  }

  @Test
  void search_byPhysicalCardNo_listsTheCardsThatCarryIt(KonaplateClient client) {
    SearchCardsResult r = client.cards().search(SearchCardsRequest.builder().userId(FAMILY)
        .physicalCardNo("9491330000000103").build());
    assertEquals(Arrays.asList(MAIN, PHYSICAL), pars(r), "the mobile card and the physical one");
    assertEquals(CardStatus.ACTIVE, r.cards().get(0).physicalCardStatus());
    assertTrue(client.cards().search(SearchCardsRequest.builder().userId(SPARES)
        .physicalCardNo("9491330000000103").build()).cards().isEmpty(), "another member's");
  }

  @Test
  void search_ofAnUnknownOrWithdrawnMember_isWalletUserNotFound(KonaplateClient client) {
    assertEquals("001_006", assertThrows(WalletUserNotFoundException.class,
        () -> client.cards().search(NO_SUCH_MEMBER)).code());
    assertThrows(WalletUserNotFoundException.class, () -> client.cards().search(100000000009L));
  }

  @Test
  void search_answerIsEncrypted_asTheSpecFlagsIt(KonaplateSandbox sandbox, KonaplateClient client) {
    client.cards().search(FAMILY);
    assertTrue(sandbox.recordedRequests().get(0).responseEncrypted());
    assertFalse(sandbox.recordedRequests().get(0).encrypted(), "the request is not flagged");
  }

  // ---------------------------------------------------------------- Modification of the Card's State

  @Test
  void suspend_andResume_succeed(KonaplateSandbox sandbox, KonaplateClient client) {
    assertEquals("000_000", client.cards().suspend(SPARES, PREPAID).code());
    assertEquals(com.konaplate.sdk.sandbox.CardStatus.SUSPENDED,
        sandbox.cardStatus(PREPAID).get());
    assertEquals("000_000", client.cards().resume(SPARES, PREPAID).code());
    assertEquals(com.konaplate.sdk.sandbox.CardStatus.ACTIVE, sandbox.cardStatus(PREPAID).get());
    assertEquals(2, sandbox.statusChangeCount(PREPAID));
  }

  @Test
  void changeStatus_byCardNumber_changesThatCard(KonaplateSandbox sandbox,
      KonaplateClient client) {
    client.cards().changeStatus(ChangeCardStatusRequest.builder().userId(SPARES)
        .cardNo(PREPAID_CARD_NO).status(CardStatusChange.SUSPEND).build());
    assertEquals(com.konaplate.sdk.sandbox.CardStatus.SUSPENDED,
        sandbox.cardStatus(PREPAID).get());
    assertEquals(1, sandbox.statusChangeCount(PREPAID));
  }

  @Test
  void changeStatus_documentedRefusals(KonaplateSandbox sandbox, KonaplateClient client) {
    assertEquals("001_006", assertThrows(WalletUserNotFoundException.class,
        () -> client.cards().suspend(NO_SUCH_MEMBER, "Q10000000000000000000000301")).code());
    assertEquals("003_001", assertThrows(InvalidCardDetailsException.class,
        () -> client.cards().changeStatus(ChangeCardStatusRequest.builder().userId(SPARES)
            .cardNo(UNKNOWN_CARD_NO).status(CardStatusChange.SUSPEND).build())).code());
    assertEquals("003_001", assertThrows(InvalidCardDetailsException.class,
        () -> client.cards().changeStatus(ChangeCardStatusRequest.builder().userId(SPARES)
            .par(PREPAID).cardNo(DEBIT_CARD_NO).status(CardStatusChange.SUSPEND).build()))
        .code(), "par and cardNo of two cards");
    assertEquals("003_021", assertThrows(ParNotFoundException.class,
        () -> client.cards().suspend(SPARES, "Q10000000000000000000009999")).code());
    assertEquals("003_021", assertThrows(ParNotFoundException.class,
        () -> client.cards().suspend(SPARES, MAIN)).code(), "another member's card");
    assertEquals("003_022", assertThrows(CardAlreadyTerminatedException.class,
        () -> client.cards().resume(TERMINATED_CARD_MEMBER, TERMINATED_CARD)).code());
    assertEquals(0, sandbox.effectCounts("changeCardStatus").size());
  }

  // ---------------------------------------------------------------- Modification of the Card's Limit

  @Test
  void updateLimits_ofADebitCard_succeeds_andSearchShowsThem(KonaplateSandbox sandbox,
      KonaplateClient client) {
    assertEquals("000_000",
        client.cards().updateLimits(limits(SPARES, DEBIT, 100000, 500000, 2000000)).code());
    CardLimits l = client.cards().search(SearchCardsRequest.builder().userId(SPARES).par(DEBIT)
        .build()).cards().get(0).limits();
    assertEquals(100000L, l.once());
    assertEquals(500000L, l.day());
    assertEquals(2000000L, l.month());
    assertEquals(1, sandbox.limitUpdateCount(DEBIT));
  }

  @Test
  void updateLimits_documentedRefusals(KonaplateSandbox sandbox, KonaplateClient client) {
    assertEquals("003_024", assertThrows(AccountInfoMissingException.class,
        () -> client.cards().updateLimits(limits(SPARES, OTHER_PREPAID, 1, 1, 1))).code());
    assertEquals("001_006", assertThrows(WalletUserNotFoundException.class,
        () -> client.cards().updateLimits(limits(NO_SUCH_MEMBER,
            "Q10000000000000000000000301", 1, 1, 1))).code());
    assertEquals(0, sandbox.limitUpdateCount(OTHER_PREPAID));
  }

  // ---------------------------------------------------------------- Card-User Mapped Inquiry

  @Test
  void findUser_answersTheMemberAndBalance_ofACardNumber(KonaplateSandbox sandbox,
      KonaplateClient client) {
    FindCardUserResult r = client.cards().findUser(PREPAID_CARD_NO);
    assertEquals(Long.valueOf(SPARES), r.userId());
    assertEquals(Long.valueOf(0), r.balance());
    assertEquals(CardStatus.ACTIVE, r.cardStatus());
    assertEquals(PREPAID_PRODUCT, r.serviceId());
    assertFalse(r.toString().contains(r.ownerKa()), "the owner's name is never shown");
    assertTrue(sandbox.recordedRequests().get(0).encrypted(), "the request is flagged");
    assertTrue(sandbox.recordedRequests().get(0).responseEncrypted());
  }

  @Test
  void findUser_refusals(KonaplateClient client) {
    assertThrows(InvalidCardDetailsException.class, () -> client.cards().findUser(UNKNOWN_CARD_NO));
    assertThrows(WalletUserNotFoundException.class,
        () -> client.cards().findUser(WITHDRAWN_MEMBERS_CARD_NO));
  }

  // ---------------------------------------------------------------- Card Product ID Inquiry

  @Test
  void products_answersTheKnownOnes_inTheOrderAsked(KonaplateClient client) {
    ListCardProductsResult r = client.cards().products(
        Arrays.asList("000170000003000", "000170000009999", PREPAID_PRODUCT));
    assertEquals(2, r.products().size());
    assertEquals("KONA Sandbox Debit Card", r.products().get(0).serviceName());
    assertEquals(PREPAID_PRODUCT, r.products().get(1).serviceId());
    assertTrue(client.cards().products(Collections.singletonList("000170000009999"))
        .products().isEmpty());
  }

  // ---------------------------------------------------------------- Virtual account of a card

  @Test
  void virtualAccount_answersTheCardsAccount_orRefuses(KonaplateClient client) {
    FindCardVirtualAccountResult r = client.cards().virtualAccount(PREPAID_CARD_NO);
    assertEquals("56200000000011", r.accountNo());
    assertEquals("088", r.bankCode());
    assertEquals("VIRTUAL", r.connectType());
    assertFalse(r.toString().contains("56200000000011"), "the account number is hidden");
    assertThrows(AccountInfoMissingException.class,
        () -> client.cards().virtualAccount(DEBIT_CARD_NO));
    assertThrows(InvalidCardDetailsException.class,
        () -> client.cards().virtualAccount(UNKNOWN_CARD_NO));
  }

  // ---------------------------------------------------------------- Unregistered card inquiry

  @Test
  void findUnregistered_answersTheCard_whenNumberExpiryAndCvcMatch(KonaplateSandbox sandbox,
      KonaplateClient client) {
    FindUnregisteredCardResult r = client.cards().findUnregistered(FindUnregisteredCardRequest
        .builder().cardNo(UNREGISTERED_CARD_NO).expiryDate("3108").cardCVC("123").build());
    assertEquals("000_000", r.code());
    assertTrue(r.unknownFields().containsKey("serviceId"), r.unknownFields().keySet().toString());
    assertTrue(sandbox.recordedRequests().get(0).encrypted());
    assertThrows(InvalidCardDetailsException.class,
        () -> client.cards().findUnregistered(FindUnregisteredCardRequest.builder()
            .cardNo(UNREGISTERED_CARD_NO).expiryDate("3108").cardCVC("999").build()));
    assertThrows(InvalidCardDetailsException.class,
        () -> client.cards().findUnregistered(FindUnregisteredCardRequest.builder()
            .cardNo(PREPAID_CARD_NO).expiryDate("3108").cardCVC("123").build()),
        "a registered card is not an unregistered one");
  }

  // ---------------------------------------------------------------- Cancellation of Card Application

  @Test
  void cancelApplication_ofToday_discardsItsCard_once(KonaplateSandbox sandbox,
      KonaplateClient client) {
    CancelCardApplicationResult r = client.cards().cancelApplication(APPLICANT,
        TODAYS_APPLICATION);
    assertEquals(TODAYS_CARD, r.par());
    assertEquals("9491330000001101", r.mobileCardNo());
    assertEquals(com.konaplate.sdk.sandbox.CardStatus.TERMINATED,
        sandbox.cardStatus(TODAYS_CARD).get());
    assertFalse(pars(client.cards().search(APPLICANT)).contains(TODAYS_CARD));
    assertEquals(1, sandbox.applicationCancellationCount(TODAYS_APPLICATION));
    assertEquals("003_003", assertThrows(ApplicationNotCancelableException.class,
        () -> client.cards().cancelApplication(APPLICANT, TODAYS_APPLICATION)).code(),
        "a repeat is refused as the replay of its own effect");
    assertEquals(1, sandbox.applicationCancellationCount(TODAYS_APPLICATION));
  }

  @Test
  void cancelApplication_documentedRefusals(KonaplateSandbox sandbox, KonaplateClient client) {
    assertEquals("003_002", assertThrows(ApplicationNotCancelableTodayException.class,
        () -> client.cards().cancelApplication(APPLICANT, YESTERDAYS_APPLICATION)).code());
    assertEquals("003_003", assertThrows(ApplicationNotCancelableException.class,
        () -> client.cards().cancelApplication(APPLICANT, CANCELLED_APPLICATION)).code());
    assertEquals("003_003", assertThrows(ApplicationNotCancelableException.class,
        () -> client.cards().cancelApplication(APPLICANT, USED_CARD_APPLICATION)).code());
    assertEquals("001_006", assertThrows(WalletUserNotFoundException.class,
        () -> client.cards().cancelApplication(NO_SUCH_MEMBER, TODAYS_APPLICATION)).code());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> client.cards().cancelApplication(SPARES, TODAYS_APPLICATION));
    assertEquals("Invalid input parameter. cardApplyNo", e.description(),
        "another member's application is no application of this member");
    assertEquals(0, sandbox.effectCounts("cancelCardApplication").size());
  }
}
