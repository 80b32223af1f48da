package com.konaplate.sdk.sandbox.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.PgWithdrawFailureException;
import com.konaplate.sdk.model.IssueOneTimeTokenResult;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.SandboxFixture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fixture's money sections: parsed, checked (never echoing secrets), and served. */
class MoneyFixtureFormatTest {
  private static final String MEMBERS = "\"members\":[{\"userId\":1,\"name\":\"Kim\",\"cards\":["
      + "{\"par\":\"A00000000000000000000000001\",\"kind\":\"main\",\"cardNo\":\"9491330000000001\","
      + "\"balance\":5000}]},{\"userId\":2}]";
  private static final String MERCHANT = "\"merchants\":[{\"merchantId\":\"M1\",\"name\":\"Shop\"}]";

  private static String fixture(String sections) {
    return "{" + MEMBERS + "," + MERCHANT + (sections.isEmpty() ? "" : "," + sections) + "}";
  }

  static Stream<Arguments> badFixtures() {
    return Stream.of(
        Arguments.of("\"bankAccounts\":[{\"userId\":9,\"bankCode\":\"088\",\"accountNo\":\"1\"}]",
            "bankAccounts[0].userId must name a member"),
        Arguments.of("\"bankAccounts\":[{\"userId\":1,\"bankCode\":\"88\",\"accountNo\":\"1\"}]",
            "bankAccounts[0].bankCode must be 3 digits"),
        Arguments.of("\"bankAccounts\":[{\"userId\":1,\"bankCode\":\"088\",\"accountNo\":\"1\"},"
            + "{\"userId\":1,\"bankCode\":\"088\",\"accountNo\":\"2\"}]", "has a registered account"),
        Arguments.of("\"bankAccounts\":[{\"userId\":1,\"bankCode\":\"088\",\"accountNo\":\"1\","
            + "\"money\":true}]", "bankAccounts[0].money unknown field"),
        Arguments.of("\"tokens\":[{\"oneTimeToken\":\"9000000000000001\",\"dcvv\":\"901\","
            + "\"par\":\"A00000000000000000000000001\"},{\"oneTimeToken\":\"9000000000000001\","
            + "\"dcvv\":\"902\",\"par\":\"A00000000000000000000000001\"}]",
            "tokens[1].oneTimeToken duplicate token"),
        Arguments.of("\"tokens\":[{\"oneTimeToken\":\"9000000000000001\",\"dcvv\":\"9\","
            + "\"par\":\"A00000000000000000000000001\"}]", "tokens[0].dcvv must be 3 digits"),
        Arguments.of("\"charges\":[{\"nrNumber\":\"NR1\",\"userId\":2,"
            + "\"par\":\"A00000000000000000000000001\",\"amount\":1}]",
            "charges[0].par must name a card of the member"),
        Arguments.of("\"charges\":[{\"userId\":1,\"par\":\"A00000000000000000000000001\","
            + "\"amount\":1}]", "charges[0].nrNumber is required"),
        Arguments.of("\"charges\":[{\"nrNumber\":\"NR1\",\"userId\":1,\"par\":"
            + "\"A00000000000000000000000001\",\"amount\":1,\"status\":\"pending\","
            + "\"cancelled\":true}]", "only a completed charge can be cancelled"),
        Arguments.of("\"payments\":[{\"nrNumber\":\"NR1\",\"par\":\"A00000000000000000000000001\","
            + "\"merchantId\":\"M2\",\"amount\":1}]", "payments[0].merchantId must name a merchant"),
        Arguments.of("\"merchants\":[{\"merchantId\":\"M3\",\"name\":\"X\",\"refuses\":[\"all\"]}]",
            "refuses[0] must be one of"),
        Arguments.of("\"transactions\":[{\"par\":\"A00000000000000000000000001\",\"trType\":\"09\","
            + "\"nrNumber\":\"NR1\",\"amount\":1,\"approvalDateTime\":\"20261101000000\"}]",
            "transactions[0].trType must be 00, 01, 02 or 03"),
        Arguments.of("\"rechargeRefusals\":[{\"userId\":9,\"refuses\":[\"benefitMismatch\"]}]",
            "rechargeRefusals[0].userId must name a member"),
        Arguments.of("\"rechargeRefusals\":[{\"userId\":1,\"refuses\":[\"posEntryMode\"]}]",
            "rechargeRefusals[0].refuses only benefitMismatch applies to system recharges"));
  }

  @ParameterizedTest
  @MethodSource("badFixtures")
  void aBadMoneySection_isRefused_namingTheField(String sections, String message) {
    String json = sections.startsWith("\"merchants\"")
        ? "{" + MEMBERS + "," + sections + "}" : fixture(sections);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SandboxFixture.fromJson(json));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertFalse(e.getMessage().contains("9000000000000001"), "never a token");
  }

  @Test
  void aPartnersMoneyFixture_drivesTheSandbox() {
    String json = fixture("\"bankAccounts\":[{\"userId\":1,\"bankCode\":\"088\","
        + "\"accountNo\":\"100200300\",\"hasMoney\":false}],"
        + "\"tokens\":[{\"oneTimeToken\":\"9100000000000001\",\"dcvv\":\"123\","
        + "\"par\":\"A00000000000000000000000001\"}]");
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder()
            .fixture(SandboxFixture.fromJson(json)).start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      IssueOneTimeTokenResult t = client.payments().issueOneTimeToken("9491330000000001");
      assertThrows(PgWithdrawFailureException.class, () -> client.charges().fromBankAccount(
          MoneyData.charge(t, 1, 1000).merchantId("M1").build()));
      assertEquals(4000, client.payments().pay(com.konaplate.sdk.model.PaymentRequest.builder()
          .oneTimeToken("9100000000000001").dcvv("123").amount(1000L).merchantId("M1")
          .channel("OPENAPI").build()).balance());
    }
  }
}
