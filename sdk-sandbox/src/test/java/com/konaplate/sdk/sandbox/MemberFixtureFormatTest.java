package com.konaplate.sdk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.MemberInfo;
import com.konaplate.sdk.model.RegisterMemberRequest;
import com.konaplate.sdk.model.RegisterMemberResult;
import com.konaplate.sdk.model.TermsAndConditions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The member fields of the fixture: parsed, checked (naming the field, never the value), served. */
class MemberFixtureFormatTest {
  private static final String TERMS = "\"terms\":[{\"tcId\":1,\"title\":\"Privacy\","
      + "\"required\":\"MANDATORY\"},{\"tcId\":2,\"tcActionType\":\"MKT_NOTI\",\"title\":\"Ads\","
      + "\"required\":\"OPTIONAL\",\"url\":\"https://example.com/2\",\"order\":\"9\"}]";

  private static String fixture(String member) {
    return "{" + TERMS + ",\"members\":[{\"userId\":1" + member + "}]}";
  }

  static Stream<Arguments> badFixtures() {
    return Stream.of(
        Arguments.of(fixture(",\"ci\":\"SECRETCI\""), "members[0].ci must be 88", "SECRETCI"),
        Arguments.of(fixture(",\"loginPassword\":\"9876543\""),
            "members[0].loginPassword must be 6 digits", "9876543"),
        Arguments.of(fixture(",\"birthDate\":\"1975-11-12\""), "birthDate must be 8 digits",
            "1975-11-12"),
        Arguments.of(fixture(",\"status\":\"frozen\""), "status must be one of", "frozen"),
        Arguments.of(fixture(",\"gender\":\"X\""), "gender must be one of", null),
        Arguments.of(fixture(",\"nickname\":\"kona\""), "members[0].nickname unknown field", null),
        Arguments.of(fixture(",\"agreedTerms\":[{\"tcId\":3}]"),
            "agreedTerms[0].tcId must name a term", null),
        Arguments.of(fixture(",\"failedPasswordAttempts\":6"), "failedPasswordAttempts must be",
            null),
        Arguments.of("{\"members\":[{\"userId\":1,\"loginId\":\"same@example.com\"},"
            + "{\"userId\":2,\"loginId\":\"same@example.com\"}]}",
            "members[1].loginId duplicate login id", "same@example.com"),
        Arguments.of("{\"members\":[],\"terms\":[{\"tcId\":1,\"title\":\"T\"}]}",
            "terms[0].required is required", null),
        Arguments.of("{\"members\":[],\"registration\":{\"basicCardExpiryDate\":\"3112\"}}",
            "registration.basicCardExpiryDate must be 6 digits", "3112"),
        Arguments.of("{\"members\":[],\"registration\":{\"next\":1}}",
            "registration.next unknown field", null));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badFixtures")
  void aBadMemberField_failsNamingTheField_notTheValue(String json, String message,
      String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SandboxFixture.fromJson(json));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    if (value != null) {
      assertFalse(e.getMessage().contains(value), e.getMessage());
    }
  }

  @Test
  void aPartnersMembersAndTerms_areServed_andRegistrationFollowsItsSettings() {
    String json = "{" + TERMS + ",\"registration\":{\"firstUserId\":500},\"members\":["
        + "{\"userId\":42,\"name\":\"Owner\",\"loginId\":\"owner@example.com\","
        + "\"loginPassword\":\"482915\",\"authenticated\":true,\"agreedTerms\":[{\"tcId\":1,"
        + "\"agreeDate\":\"20260101120000000\"}]},{\"userId\":43}]}";
    Clock clock = Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC);
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder()
            .fixture(SandboxFixture.fromJson(json)).clock(clock).start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      MemberInfo owner = client.members().info(42).userInfo();
      assertEquals("owner@example.com", owner.loginId());
      assertEquals("Owner", owner.userName());
      assertEquals(88, owner.ci().length());
      assertEquals(42, client.members().verifyPassword("owner@example.com", "482915").userId());
      assertTrue(client.members().authStatus(42).authenticated());
      List<TermsAndConditions> terms = client.members().terms(42L).terms();
      assertEquals(2, terms.size());
      assertTrue(terms.get(0).isAgree());
      assertEquals("20260101120000000", terms.get(0).agreeDate());
      assertEquals("https://sandbox.konaplate.com/terms/1", terms.get(0).url());
      assertEquals("1", terms.get(0).order());
      assertEquals("9", terms.get(1).order());

      MemberInfo defaults = client.members().info(43).userInfo(); // an older fixture's member
      assertEquals("member43@sandbox.konaplate.example", defaults.loginId());
      assertEquals(defaults.loginId(), defaults.email());
      assertEquals(11, defaults.mobileNumber().length());
      assertEquals(88, defaults.ci().length());

      RegisterMemberResult r = client.members().register(RegisterMemberRequest.builder()
          .loginId("new@example.com").loginPassword("246810").birthDate("19900101")
          .nationality("Foreigner").gender("Male").userName("New")
          .tcIdList(Collections.singletonList("2")).build());
      assertEquals(500, r.userId());
      assertEquals("Q10000000000000000000050001", r.basicCardInfo().par());
      assertEquals("9491330000050001", r.basicCardInfo().cardNo());
      assertEquals("310131", r.basicCardInfo().expiryDate(), "the month's end, 5 years on");
      assertEquals("3101", client.cards().search(500).cards().get(0).expiryDate());
      List<TermsAndConditions> agreed = client.members().terms(500L).terms();
      assertFalse(agreed.get(0).isAgree());
      assertTrue(agreed.get(1).isAgree());
      assertEquals("20260115090000000", agreed.get(1).agreeDate(), "now, in Asia/Seoul");
    }
  }
}
