package com.konaplate.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The member's life runs against the embedded sandbox with no setup and exits 0. */
class MemberLifeTest {
  @Test
  void walksAMembersLife_exits0_andPrintsNoPersonalData() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = MemberLife.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8) + text);
    assertTrue(text.contains("listed SUSPENDED"), text);
    assertTrue(text.contains("listed isAgree=true"), text);
    assertTrue(text.contains("WalletUserNotFoundException 001_006"), text);
    assertFalse(text.contains("member.life@example.com"), text);
    assertFalse(text.contains("01023456789"), text);
    assertFalse(text.contains("박탐나"), text);
  }
}
