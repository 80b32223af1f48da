package com.konaplate.sdk.sandbox.money;

import static com.konaplate.sdk.sandbox.money.MoneyData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RawRequest;
import com.konaplate.sdk.exception.CreditLimitExceededException;
import com.konaplate.sdk.exception.InconsistentBenefitException;
import com.konaplate.sdk.exception.InvalidInputException;
import com.konaplate.sdk.exception.InvalidRechargeAmountException;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.exception.RequestValidationException;
import com.konaplate.sdk.model.ChargeResult;
import com.konaplate.sdk.model.ListCardTransactionsRequest;
import com.konaplate.sdk.model.SearchCardsRequest;
import com.konaplate.sdk.model.SystemRechargeRequest;
import com.konaplate.sdk.model.SystemRechargeResult;
import com.konaplate.sdk.model.Transaction;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import com.konaplate.sdk.sandbox.RecordedRequest;
import com.konaplate.sdk.sandbox.SandboxFixture;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * System Recharging through the typed client: the member's prepaid card is credited (balance,
 * history, Search for Card), each recharge gets a transaction number of its own and answers how
 * much more the card may take; every refusal comes from the sandbox's state and moves nothing;
 * the fields the SDK does not model go out as they were given.
 */
@KonaplateSandboxTest
class SystemRechargeTest {
  private static final String OPERATION = "rechargeBySystem";
  /** The 2,000,000 limit of an unnamed card less its 10000 pending (inferred limits). */
  private static final long ROOM = 2_000_000 - START_BALANCE - 10000;
  /** Members of the default fixture: withdrawn, dormant, without a card, only a suspended card. */
  private static final long WITHDRAWN = 100000000009L;
  private static final long DORMANT = 100000000021L;
  private static final long CARDLESS = 100000000023L;
  private static final long SUSPENDED_ONLY = 100000000012L;
  /** A member whose system recharges the default fixture refuses with 007_002. */
  private static final long BENEFIT_MEMBER = NO_ACCOUNT_MEMBER;
  /** A member whose first card is a sub card: its main card (second in order) is credited. */
  private static final long SUB_FIRST = 100000000007L;

  private static SystemRechargeRequest recharge(long userId, long amount) {
    return SystemRechargeRequest.builder().userId(userId).amount(amount).build();
  }

  private static long searchedBalance(KonaplateClient client) {
    return client.cards().search(SearchCardsRequest.builder().userId(MEMBER).par(PAR).build())
        .cards().get(0).balance();
  }

  @Test
  void aRecharge_creditsTheMembersPrepaidCard_withItsOwnNumber_andTheRoomLeft(
      KonaplateClient client, KonaplateSandbox sandbox) {
    SystemRechargeResult first = client.charges().systemRecharge(recharge(MEMBER, 10000));
    assertEquals("000_000", first.code());
    assertEquals(PAR, first.par(), "the card a bank-account charge credits");
    assertEquals(ROOM - 10000, first.availableDepositAmt());
    assertEquals(START_BALANCE + 10000, sandbox.cardBalance(PAR).getAsLong());
    assertEquals(START_BALANCE + 10000, searchedBalance(client), "Search for Card sees it");
    assertEquals(1, first.attempts());
    assertFalse(first.toString().contains(PAR), "a PAR is masked: " + first);

    SystemRechargeResult second = client.charges().systemRecharge(recharge(MEMBER, 2500));
    ChargeResult charge = client.charges().fromBankAccount(
        charge(token(client, CARD_NO), MEMBER, 1000).build());
    Set<String> numbers = new HashSet<>();
    numbers.add(first.nrNumber());
    numbers.add(second.nrNumber());
    numbers.add(charge.nrNumber());
    assertEquals(3, numbers.size(), "every movement has a number of its own: " + numbers);
    assertEquals(ROOM - 12500, second.availableDepositAmt());
    assertEquals(START_BALANCE + 13500, sandbox.cardBalance(PAR).getAsLong());
    assertEquals(2, sandbox.effectCounts(OPERATION).get(String.valueOf(MEMBER)),
        "two recharges, each applied once");

    // The history: each recharge a charge (01, AUTH) with the balances before and after it.
    List<Transaction> today = new ArrayList<>();
    client.transactions().history(ListCardTransactionsRequest.builder().userId(MEMBER).par(PAR)
        .startDate(today(sandbox.clock())).endDate(today(sandbox.clock())).build())
        .forEach(today::add);
    assertEquals(3, today.size());
    Transaction t = today.get(0);
    assertEquals(first.nrNumber(), t.nrNumber());
    assertEquals("01", t.trType());
    assertEquals("AUTH", t.authCancelType());
    assertEquals(10000L, t.trAmount());
    assertEquals(START_BALANCE, t.balanceBefore());
    assertEquals(START_BALANCE + 10000, t.balanceAfter());
    assertEquals(second.nrNumber(), today.get(1).nrNumber());
    assertEquals(START_BALANCE + 10000, today.get(1).balanceBefore());
    assertEquals(START_BALANCE + 12500, today.get(1).balanceAfter());
  }

  @Test
  void aRecharge_upToTheLimitExactly_leavesNoRoom_andOneMoreIsRefused(KonaplateClient client,
      KonaplateSandbox sandbox) {
    SystemRechargeResult full = client.charges().systemRecharge(recharge(MEMBER, ROOM));
    // The page says 1..9999999999; the model has no room left, and says so.
    assertEquals(0L, full.availableDepositAmt());
    assertThrows(CreditLimitExceededException.class,
        () -> client.charges().systemRecharge(recharge(MEMBER, 1)));
    assertEquals(2_000_000 - 10000, sandbox.cardBalance(PAR).getAsLong());
    assertEquals(1, sandbox.effectCounts(OPERATION).get(String.valueOf(MEMBER)));
  }

  @Test
  void eachRefusal_comesFromTheState_andMovesNothing(KonaplateClient client,
      KonaplateSandbox sandbox) {
    for (long userId : new long[] {100000000099L, WITHDRAWN, DORMANT}) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> client.charges().systemRecharge(recharge(userId, 1000)));
      assertEquals("Invalid input parameter. userId", e.description(), "the page's message");
    }
    assertThrows(InvalidInputException.class, () -> client.charges().systemRecharge(
        SystemRechargeRequest.builder().amount(1000L).build()), "no userId");
    InvalidRechargeAmountException noAmount = assertThrows(InvalidRechargeAmountException.class,
        () -> client.charges().systemRecharge(SystemRechargeRequest.builder().userId(MEMBER)
            .build()));
    assertEquals("007_007", noAmount.code());
    assertEquals(400, noAmount.httpStatus());
    assertFalse(noAmount.outcomeUnknown(), "refused: nothing was applied");
    assertThrows(InconsistentBenefitException.class,
        () -> client.charges().systemRecharge(recharge(BENEFIT_MEMBER, 1000)));
    assertThrows(CreditLimitExceededException.class,
        () -> client.charges().systemRecharge(recharge(MEMBER, ROOM + 1)));
    assertThrows(CreditLimitExceededException.class,
        () -> client.charges().systemRecharge(recharge(SUSPENDED_ONLY, 1000)), "not active");
    assertThrows(CreditLimitExceededException.class,
        () -> client.charges().systemRecharge(recharge(CARDLESS, 1000)), "no card");
    assertEquals(START_BALANCE, sandbox.cardBalance(PAR).getAsLong());
    assertEquals(0L, sandbox.cardBalance("Q10000000000000000000003101").getAsLong());
    assertTrue(sandbox.effectCounts(OPERATION).isEmpty());
  }

  @Test
  void anAmountOfZeroOrLess_neverLeavesTheClient_andTheSandboxAnswers007_007(
      KonaplateClient client, KonaplateSandbox sandbox) {
    RequestValidationException e = assertThrows(RequestValidationException.class,
        () -> recharge(MEMBER, 0));
    assertEquals("amount", e.field());
    assertEquals(0, sandbox.requestCount(OPERATION));
    // Sent anyway (a raw call skips the typed rules): the page's 007_007, without a field name.
    for (String amount : new String[] {"0", "-5000"}) {
      KonaplateApiException refused = assertThrows(InvalidRechargeAmountException.class,
          () -> client.rawCall(RawRequest.builder().path("/api/v1/recharges/system/manuals")
              .json("{\"userId\":" + MEMBER + ",\"amount\":" + amount + "}").build()));
      assertEquals("Recharge amount should be more than zero", refused.description());
    }
    assertTrue(sandbox.effectCounts(OPERATION).isEmpty());
    assertEquals(START_BALANCE, sandbox.cardBalance(PAR).getAsLong());
  }

  @Test
  void theFieldsTheSdkDoesNotModel_goOutAsGiven_andTheSandboxIgnoresThem(
      KonaplateClient client, KonaplateSandbox sandbox) {
    Map<String, String> contract = new LinkedHashMap<>();
    contract.put("rechargeReason", "\"PROMOTION\"");
    contract.put("extra", "{\"campaignId\":42,\"tags\":[\"a\",\"b\"]}");
    SystemRechargeRequest request = SystemRechargeRequest.builder().userId(MEMBER).amount(3000L)
        .unknownFields(contract).build();
    assertEquals(contract, request.unknownFields());
    SystemRechargeResult r = client.charges().systemRecharge(request);
    assertEquals(ROOM - 3000, r.availableDepositAmt());

    List<RecordedRequest> sent = sandbox.recordedRequests();
    assertEquals(1, sent.size());
    String body = sent.get(0).bodyUtf8();
    assertTrue(body.contains("\"rechargeReason\":\"PROMOTION\""), body);
    assertTrue(body.contains("\"extra\":{\"campaignId\":42,\"tags\":[\"a\",\"b\"]}"), body);
    JsonObject json = JsonParser.parseString(body).getAsJsonObject();
    assertEquals(MEMBER, json.get("userId").getAsLong());
    assertEquals(3000L, json.get("amount").getAsLong());
    assertEquals(4, json.size(), "the two inferred fields and the two given: nothing invented");

    // Only JSON text, and never a field the spec describes.
    assertThrows(RequestValidationException.class, () -> SystemRechargeRequest.builder()
        .userId(MEMBER).amount(1L).unknownFields(Map.of("memo", "not json")).build());
    assertThrows(RequestValidationException.class, () -> SystemRechargeRequest.builder()
        .amount(1L).unknownFields(Map.of("userId", "100000000030")).build());
  }

  @Test
  void theCreditedCard_isTheMembersFirstOwnBalanceCard_notASubCard(KonaplateClient client,
      KonaplateSandbox sandbox) {
    SystemRechargeResult r = client.charges().systemRecharge(recharge(SUB_FIRST, 700));
    assertEquals("Q10000000000000000000000702", r.par(), "the main card, not its sub card");
    assertEquals(700L, sandbox.cardBalance("Q10000000000000000000000702").getAsLong());
    assertEquals(0L, sandbox.cardBalance("Q10000000000000000000000701").getAsLong());
    assertEquals(2_000_000 - 700, r.availableDepositAmt());
  }

  @Test
  void aNamedCard_hasTheNamedLimit_andAPartnersFixtureCanRefuseABenefit() {
    String json = "{\"members\":[{\"userId\":1,\"cards\":[{\"par\":\"A00000000000000000000000001\","
        + "\"kind\":\"main\",\"named\":true,\"balance\":1000}]},{\"userId\":2,\"cards\":[{\"par\":"
        + "\"A00000000000000000000000002\",\"kind\":\"basic\"}]}],"
        + "\"rechargeRefusals\":[{\"userId\":2,\"refuses\":[\"benefitMismatch\"]}]}";
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder()
            .fixture(SandboxFixture.fromJson(json)).start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      assertEquals(5_000_000 - 1000 - 4000,
          client.charges().systemRecharge(recharge(1, 4000)).availableDepositAmt());
      assertThrows(InconsistentBenefitException.class,
          () -> client.charges().systemRecharge(recharge(2, 4000)));
      assertEquals(Map.of("1", 1), sandbox.effectCounts(OPERATION));
    }
  }
}
