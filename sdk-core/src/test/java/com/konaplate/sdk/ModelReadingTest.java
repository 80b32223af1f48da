package com.konaplate.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.KonaplateResponseException;
import com.konaplate.sdk.exception.RequestValidationException;
import com.konaplate.sdk.model.Card;
import com.konaplate.sdk.model.CardLimits;
import com.konaplate.sdk.model.CardStatus;
import com.konaplate.sdk.model.CardStatusChange;
import com.konaplate.sdk.model.ChangeCardStatusRequest;
import com.konaplate.sdk.model.SearchCardsResult;
import com.konaplate.sdk.model.UpdateCardLimitsRequest;
import com.konaplate.sdk.testing.FakeJwe;
import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import java.util.Collections;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Results are read into the generated types: nested objects and lists typed, numbers accepted as
 * strings where the docs disagree, unknown fields and enum values kept, a wrong type never
 * guessed; requests are validated from the schema before any I/O.
 */
class ModelReadingTest {
  private static final String PAR = TestClients.SUCCESS_PAR;

  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();

  private KonaplateClient client() {
    return t.builder(server).encryption(new FakeJwe()).build();
  }

  private void answer(String cardsJson, String extra) {
    server.enqueue(new MockResponse().setBody(FakeJwe.body("{\"cardDataInfo\":" + cardsJson
        + extra + ",\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}")));
  }

  @Test
  void searchResult_isTyped_withUnknownFieldsAndValuesKept() {
    answer("[{\"par\":\"" + PAR + "\",\"balance\":\"15000\",\"pendingAmount\":0,"
        + "\"isNamed\":true,\"limits\":{\"once\":1,\"day\":2,\"month\":3},"
        + "\"mobileCardStatus\":\"LOCKED_BY_BANK\",\"newField\":{\"a\":[1,2]}}]",
        ",\"nextPage\":null");
    SearchCardsResult r;
    try (KonaplateClient client = client()) {
      r = client.cards().search(100000000001L);
    }
    Card card = r.cards().get(0);
    assertEquals(PAR, card.par());
    assertEquals(15000L, card.balance(), "a number sent as a string is still the number");
    assertTrue(card.isNamed());
    assertEquals(CardLimits.builder().once(1L).day(2L).month(3L).build(), card.limits());
    assertEquals("LOCKED_BY_BANK", card.mobileCardStatus().value());
    assertFalse(card.mobileCardStatus().isKnown());
    assertEquals(Collections.singletonMap("newField", "{\"a\":[1,2]}"), card.unknownFields());
    assertEquals(Collections.singletonMap("nextPage", "null"), r.unknownFields());
    assertNull(card.physicalCardNo());
    assertTrue(r.toString().contains("Q100****0101"), r.toString());
    assertFalse(r.toString().contains(PAR), "a PAR is masked in toString()");
    assertEquals(CardStatus.ACTIVE, CardStatus.of("ACTIVE"));
  }

  @Test
  void aFieldOfTheWrongType_isNeverGuessed_aReadIsRetriedThenFailsTyped() {
    for (int i = 0; i < 3; i++) {
      answer("[{\"par\":\"" + PAR + "\",\"balance\":12.5,\"pendingAmount\":0,\"isNamed\":true}]",
          "");
    }
    try (KonaplateClient client = client()) {
      KonaplateResponseException e = assertThrows(KonaplateResponseException.class,
          () -> client.cards().search(100000000001L));
      assertTrue(e.getMessage().contains("cardDataInfo[0].balance"), e.getMessage());
      assertFalse(e.getMessage().contains("12.5"), "never the value");
      assertEquals(3, e.attempts());
    }
  }

  @Test
  void aWrongFieldDeepInAList_isNamedWithItsIndex() {
    String good = "{\"par\":\"" + PAR + "\",\"balance\":0,\"pendingAmount\":0,\"isNamed\":true}";
    for (int i = 0; i < 3; i++) {
      answer("[" + good + "," + good + ",{\"par\":\"" + PAR + "\",\"balance\":\"x\","
          + "\"pendingAmount\":0,\"isNamed\":true}]", "");
    }
    try (KonaplateClient client = client()) {
      KonaplateResponseException e = assertThrows(KonaplateResponseException.class,
          () -> client.cards().search(100000000001L));
      assertTrue(e.getMessage().contains("cardDataInfo[2].balance: expected an integer"),
          e.getMessage());
      assertFalse(e.getMessage().contains("[]"), e.getMessage());
    }
  }

  @Test
  void aMemberGivenTwiceInTheData_isAnUnreadableAnswer_neverTheLastOneWins() {
    for (int i = 0; i < 3; i++) {
      answer("[{\"par\":\"" + PAR + "\",\"balance\":0,\"balance\":99999,\"pendingAmount\":0,"
          + "\"isNamed\":true}]", "");
    }
    try (KonaplateClient client = client()) {
      KonaplateResponseException e = assertThrows(KonaplateResponseException.class,
          () -> client.cards().search(100000000001L));
      assertTrue(e.getMessage().contains("cardDataInfo[0].balance: given twice"), e.getMessage());
    }
  }

  @Test
  void aMissingRequiredField_isAnUnreadableAnswer() {
    for (int i = 0; i < 3; i++) {
      answer("[{\"par\":\"" + PAR + "\",\"pendingAmount\":0,\"isNamed\":true}]", "");
    }
    try (KonaplateClient client = client()) {
      assertTrue(assertThrows(KonaplateResponseException.class,
          () -> client.cards().search(100000000001L)).getMessage().contains("balance"));
    }
  }

  @Test
  void requests_areValidatedFromTheSchema_nestedFieldsNamedByPath() {
    RequestValidationException e = assertThrows(RequestValidationException.class,
        () -> UpdateCardLimitsRequest.builder().userId(1L).par(PAR)
            .limits(CardLimits.builder().once(-1L).day(0L).month(0L).build()).build());
    assertEquals("limits.once", e.field());
    assertTrue(e.rule().contains("between 0 and 9999999999"), e.rule());
    assertEquals("status", assertThrows(RequestValidationException.class,
        () -> ChangeCardStatusRequest.builder().userId(1L).par(PAR)
            .status(CardStatusChange.of("DESTROY")).build()).field());
    RequestValidationException oneOf = assertThrows(RequestValidationException.class,
        () -> ChangeCardStatusRequest.builder().userId(1L).status(CardStatusChange.SUSPEND)
            .build());
    assertTrue(oneOf.rule().contains("par or cardNo"), oneOf.rule());
    assertEquals("cardNo", assertThrows(RequestValidationException.class,
        () -> ChangeCardStatusRequest.builder().userId(1L).cardNo("94913300\ud800000011")
            .status(CardStatusChange.SUSPEND).build()).field(), "a lone surrogate is refused");
    assertEquals("serviceIdList", assertThrows(RequestValidationException.class,
        () -> new TestClients().client(server).cards().products(Collections.emptyList()))
        .field());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void validationMessages_neverCarryTheValue() {
    String secretish = "9491330000000011X";
    RequestValidationException e = assertThrows(RequestValidationException.class,
        () -> ChangeCardStatusRequest.builder().userId(1L).cardNo(secretish)
            .status(CardStatusChange.SUSPEND).build());
    assertFalse(e.getMessage().contains(secretish), e.getMessage());
  }

  @Test
  void unknownFields_areCopiedWhenSet_andStayTheSameThroughToBuilder() {
    java.util.Map<String, String> given = new java.util.LinkedHashMap<>();
    given.put("newField", "{\"a\":1}");
    Card.Builder builder = Card.builder().par(PAR).balance(1L).pendingAmount(0L).isNamed(true)
        .unknownFields(given);
    given.put("later", "2");
    Card card = builder.build();
    assertEquals(Collections.singletonMap("newField", "{\"a\":1}"), card.unknownFields(),
        "the builder took a copy: a change to the partner's map afterwards is not seen");
    assertThrows(UnsupportedOperationException.class,
        () -> card.unknownFields().put("x", "1"));
    Card again = card;
    for (int i = 0; i < 100_000; i++) {
      again = again.toBuilder().balance((long) i).build();
    }
    assertEquals(card.unknownFields(), again.unknownFields());
    assertEquals("{\"a\":1}", again.unknownFields().get("newField"),
        "many round trips through toBuilder() keep the map readable");
    assertTrue(Card.builder().par(PAR).balance(1L).pendingAmount(0L).isNamed(true)
        .unknownFields(Collections.<String, String>emptyMap()).build().unknownFields().isEmpty());
    assertEquals(card, card.toBuilder().build());
  }
}
