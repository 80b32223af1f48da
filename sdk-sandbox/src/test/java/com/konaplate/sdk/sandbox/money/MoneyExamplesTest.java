package com.konaplate.sdk.sandbox.money;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.sandbox.DocumentedExample;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented case of the money operations, run through the real client against a
 * freshly reset default sandbox, answered as openapi.yaml documents it (the same check as
 * {@code DocumentedExamplesTest}, for these operations alone).
 */
@KonaplateSandboxTest
class MoneyExamplesTest {
  static final List<String> OPERATIONS = Arrays.asList("issueOneTimeToken",
      "chargeFromBankAccount", "cancelCharge", "getChargeResult", "pay", "cancelPayment",
      "netCancelPayment", "listCardTransactions", "rechargeBySystem");

  static Stream<DocumentedExample> examples() {
    return OPERATIONS.stream().flatMap(op -> DocumentedExample.of(op).stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void eachMoneyCase_isAnsweredAsDocumented(DocumentedExample example, KonaplateClient client) {
    Optional<String> difference = example.check(example.run(client));
    assertFalse(difference.isPresent(), () -> example + ": " + difference.get());
  }

  @org.junit.jupiter.api.Test
  void everyMoneyOperation_hasDocumentedCases() {
    OPERATIONS.forEach(op -> assertFalse(DocumentedExample.of(op).isEmpty(), op));
    assertTrue(examples().count() >= 36, "36 when the sandbox's money model was written");
  }
}
