package com.konaplate.sdk.sandbox.money;

import static com.konaplate.sdk.sandbox.money.MoneyData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.InvalidInputException;
import com.konaplate.sdk.model.ListCardTransactionsRequest;
import com.konaplate.sdk.model.ListCardTransactionsResult;
import com.konaplate.sdk.model.PageRequest;
import com.konaplate.sdk.model.Transaction;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checking Transaction History: dates, types, pages, order; walked lazily across pages. */
@KonaplateSandboxTest
class HistoryTest {

  private static ListCardTransactionsRequest.Builder november() {
    return ListCardTransactionsRequest.builder().userId(HISTORY_MEMBER).par(HISTORY_PAR)
        .startDate("20261101").endDate("20261130");
  }

  @Test
  void theFixturesNovember_pageByPage(KonaplateClient client) {
    ListCardTransactionsResult first = client.transactions().page(november()
        .pageRequest(PageRequest.builder().page(0L).pageSize(3L).build()).build());
    assertEquals(2L, first.pageResponse().totalPages());
    assertEquals(3L, first.pageResponse().numberOfElements());
    ListCardTransactionsResult second = client.transactions().page(november()
        .pageRequest(PageRequest.builder().page(1L).pageSize(3L).build()).build());
    assertEquals(1L, second.pageResponse().numberOfElements());
    assertEquals("CANCEL", second.transactions().get(0).authCancelType());
    ListCardTransactionsResult beyond = client.transactions().page(november()
        .pageRequest(PageRequest.builder().page(5L).pageSize(3L).build()).build());
    assertEquals(0L, beyond.pageResponse().numberOfElements());
    assertEquals(4, client.transactions().page(november().build()).transactions().size(),
        "10 a page by default");
    List<String> desc = client.transactions().page(november().pageRequest(PageRequest.builder()
        .orderByDirection("DESC").build()).build()).transactions().stream()
        .map(Transaction::approvalDateTime).collect(Collectors.toList());
    assertEquals("20261110084500", desc.get(0));
    assertEquals(1, client.transactions().page(november().trType("01").build()).transactions()
        .size());
    assertEquals(1, client.transactions().page(november().startDate("20261103")
        .endDate("20261103").build()).transactions().size());
    assertEquals(0L, client.transactions().page(november().startDate("20261201")
        .endDate("20261231").build()).pageResponse().totalPages());
  }

  @Test
  void history_walksEveryPage_asItIsConsumed(KonaplateClient client, KonaplateSandbox sandbox) {
    for (int i = 0; i < 23; i++) {
      client.payments().pay(payment(token(client, CARD_NO), 100 + i).build());
    }
    String day = today(sandbox.clock());
    ListCardTransactionsRequest request = ListCardTransactionsRequest.builder().userId(MEMBER)
        .par(PAR).startDate(day).endDate(day)
        .pageRequest(PageRequest.builder().pageSize(5L).build()).build();
    sandbox.clearRecordedRequests();
    List<Transaction> all = client.transactions().history(request).stream()
        .collect(Collectors.toList());
    assertEquals(23, all.size());
    assertEquals(5, sandbox.requestCount("listCardTransactions"), "5 pages of 5");
    long balance = START_BALANCE;
    for (int i = 0; i < 23; i++) {
      Transaction t = all.get(i);
      assertEquals(100L + i, t.trAmount());
      assertEquals(balance, t.balanceBefore());
      balance -= 100 + i;
      assertEquals(balance, t.balanceAfter());
      assertEquals(String.format("%06d", i + 1), t.approvalCode());
    }
    assertEquals(balance, sandbox.cardBalance(PAR).getAsLong());
  }

  @Test
  void refusals_nameTheField(KonaplateClient client) {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> client.transactions().page(november().startDate("20261130").endDate("20261101")
            .build()));
    assertTrue(e.getMessage().contains("endDate"), e.getMessage());
    assertTrue(assertThrows(InvalidInputException.class, () -> client.transactions().page(
        november().startDate("20261131").build())).getMessage().contains("startDate"));
    assertTrue(assertThrows(InvalidInputException.class, () -> client.transactions().page(
        november().userId(MEMBER).build())).getMessage().contains("par"), "not its card");
  }
}
