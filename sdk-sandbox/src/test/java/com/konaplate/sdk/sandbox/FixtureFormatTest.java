package com.konaplate.sdk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.Card;
import com.konaplate.sdk.model.CardStatus;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The fixture fields of the card family: parsed, checked, and served. */
class FixtureFormatTest {
  private static final String MEMBER = "{\"userId\":1,\"cards\":[%s]%s}";

  private static String fixture(String cards, String more) {
    return "{\"members\":[" + String.format(MEMBER, cards, more) + "]}";
  }

  static Stream<Arguments> badFixtures() {
    String main = "{\"par\":\"A00000000000000000000000001\",\"kind\":\"main\"";
    return Stream.of(
        Arguments.of(fixture(main + ",\"limits\":{\"once\":0,\"day\":0,\"month\":0}}", ""),
            "limits needs an account"),
        Arguments.of(fixture(main + ",\"cardNo\":\"123\"}", ""), "cardNo must be 16 digits"),
        Arguments.of(fixture(main + ",\"cardNo\":\"9491330000000001\"},"
            + "{\"par\":\"A00000000000000000000000002\",\"kind\":\"main\",\"cardNo\":\"9491330000000001\"}", ""),
            "cards[1].cardNo duplicate"),
        Arguments.of(fixture(main + ",\"status\":\"lost\"}", ""), "status must be one of"),
        Arguments.of(fixture(main + ",\"balance\":10000000000}", ""), "balance must be a whole number"),
        Arguments.of(fixture(main + "}", ",\"applications\":[{\"cardApplyNo\":\"AP00000000000000000001\","
            + "\"par\":\"A00000000000000000000000009\"}]"), "applications[0].par must name a mobile card"),
        Arguments.of(fixture(main + "}", ",\"applications\":[{\"cardApplyNo\":\"AP1\","
            + "\"par\":\"A00000000000000000000000001\"}]"), "cardApplyNo must be 22"),
        Arguments.of(fixture(main + "}", ",\"applications\":[{\"cardApplyNo\":\"AP00000000000000000001\","
            + "\"par\":\"A00000000000000000000000001\",\"appliedDaysAgo\":-1}]"), "appliedDaysAgo must be"),
        Arguments.of("{\"members\":[],\"products\":[{\"serviceId\":\"1\"}]}", "products[0].serviceName is required"),
        Arguments.of("{\"members\":[],\"unregisteredCards\":[{\"cardNo\":\"9491330000000001\"}]}",
            "unregisteredCards[0] needs cardNo, expiryDate and cardCVC"),
        Arguments.of(fixture(main + ",\"virtualAccount\":{\"accountNo\":\"1\"}}", ""),
            "virtualAccount.bankCode is required"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badFixtures")
  void aBadFixture_failsNamingTheField(String json, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SandboxFixture.fromJson(json));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void aPartnersFixture_servesEveryField() {
    String json = "{\"products\":[{\"serviceId\":\"P1\",\"serviceName\":\"Mine\"}],\"members\":["
        + "{\"userId\":42,\"name\":\"Owner\",\"cards\":["
        + "{\"par\":\"TINY00000000000000000000001\",\"kind\":\"main\",\"serviceId\":\"P1\","
        + "\"status\":\"suspended\",\"balance\":700,\"pendingAmount\":30,\"named\":true,"
        + "\"cardNo\":\"9491330000004201\",\"expiryDate\":\"2912\"}]}]}";
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder().fixture(SandboxFixture.fromJson(json))
            .start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      Card card = client.cards().search(42).cards().get(0);
      assertEquals(CardStatus.SUSPENDED, card.mobileCardStatus());
      assertEquals(700L, card.balance());
      assertEquals(30L, card.pendingAmount());
      assertTrue(card.isNamed());
      assertEquals("Mine", card.serviceName());
      assertEquals("2912", card.expiryDate());
      assertEquals(Long.valueOf(42), client.cards().findUser("9491330000004201").userId());
    }
  }
}
