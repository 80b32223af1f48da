package com.konaplate.sdk.sandbox.money;

import static com.konaplate.sdk.sandbox.money.MoneyData.CARD_NO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.InvalidCardNumberException;
import com.konaplate.sdk.exception.RequestValidationException;
import com.konaplate.sdk.model.GenerateBarcodeResult;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import org.junit.jupiter.api.Test;

/**
 * The convenience-store barcode through the typed client: type, card number, a fresh DCVV and
 * the amount in 31 characters, hidden in {@code toString()}; an unknown card is refused and bad
 * input never leaves the client.
 */
@KonaplateSandboxTest
class BarcodeTest {
  @Test
  void barcode_isTypeCardDcvvAndAmount_andHiddenInToString(KonaplateClient client) {
    GenerateBarcodeResult charge = client.payments().barcode(CARD_NO, "CHARGE", 10000L);
    String spec = charge.barcodeSpec();
    assertEquals(31, spec.length());
    assertTrue(spec.startsWith("CHARGE" + CARD_NO), "type then card number");
    assertTrue(spec.endsWith("010000"), "the amount in 6 digits");
    assertFalse(charge.toString().contains(CARD_NO), charge.toString());

    GenerateBarcodeResult refund = client.payments().barcode(CARD_NO, "REFUND", 500L);
    assertTrue(refund.barcodeSpec().startsWith("REFUND" + CARD_NO));
    assertTrue(refund.barcodeSpec().endsWith("000500"));
    assertNotEquals(spec.substring(22, 25), refund.barcodeSpec().substring(22, 25),
        "each barcode has a DCVV of its own");
  }

  @Test
  void barcode_ofAnUnknownCard_isRefused_andBadInputNeverLeaves(KonaplateClient client) {
    assertThrows(InvalidCardNumberException.class,
        () -> client.payments().barcode("9491330000009999", "CHARGE", 10000L));
    RequestValidationException e = assertThrows(RequestValidationException.class,
        () -> client.payments().barcode(CARD_NO, "CHARGE", 1000000L));
    assertTrue(e.getMessage().contains("amount"), e.getMessage());
    assertFalse(e.getMessage().contains("1000000"), "the rule, never the value");
  }
}
