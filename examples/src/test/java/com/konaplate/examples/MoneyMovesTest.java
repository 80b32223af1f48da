package com.konaplate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The money walk runs against the embedded sandbox with no setup and exits 0. */
class MoneyMovesTest {
  @Test
  void movesMoney_exits0_printsBalancesAndNoCardNumber() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = MoneyMoves.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8) + text);
    assertTrue(text.contains("charge 20000"), text);
    assertTrue(text.contains("cancel charge"), text);
    assertTrue(text.contains("system recharge 5000"), text);
    assertTrue(text.contains("history:"), text);
    assertFalse(text.contains("9491330000003001"), text);
  }
}
