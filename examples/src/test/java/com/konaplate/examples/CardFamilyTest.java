package com.konaplate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The card-family walk runs against the embedded sandbox with no setup and exits 0. */
class CardFamilyTest {
  @Test
  void walksTheCardFamily_exits0_andPrintsNoFullCardNumber() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = CardFamily.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8) + text);
    assertTrue(text.contains("listed SUSPENDED"), text);
    assertTrue(text.contains("CardAlreadyTerminatedException 003_022"), text);
    assertFalse(text.contains("9491330000000011"), text);
    assertFalse(text.contains("Q10000000000000000000001001"), text);
  }
}
