package com.konaplate.sdk.sandbox.members;

import com.konaplate.sdk.model.RegisterMemberRequest;
import java.util.Arrays;

/** The default fixture's members the member tests use (openapi.yaml's examples). */
final class MemberData {
  static final long KONA = 100000000001L;
  static final String KONA_LOGIN_ID = "kona.kim@example.com";
  static final String KONA_PASSWORD = "135790";
  static final String KONA_CI = ci("CIKona0001");

  static final long NO_SUCH_MEMBER = 100000000003L;
  static final long BALANCE_MEMBER = 100000000005L;
  static final long SUSPENDED_CARD_MEMBER = 100000000012L;
  static final String SUSPENDED_CARD = "Q10000000000000000000001201";
  static final long WITHDRAWABLE = 100000000020L;
  static final String WITHDRAWABLES_CARD = "Q10000000000000000000002001";

  static final long DORMANT = 100000000021L;
  static final String DORMANT_CI = ci("CIDormant01");
  static final String DORMANT_LOGIN_ID = "mona.lee@example.com";
  static final long BLOCKED = 100000000022L;
  static final String BLOCKED_CI = ci("CIBlocked01");

  static final long FIRST_REGISTERED = 100000000101L;
  static final String FIRST_REGISTERED_PAR = "Q10000000000000000000010101";

  private MemberData() {
  }

  /** {@code prefix} padded with 'A' to the 88 characters of a CI. */
  static String ci(String prefix) {
    StringBuilder b = new StringBuilder(prefix);
    while (b.length() < 88) {
      b.append('A');
    }
    return b.toString();
  }

  /** A complete registration of a new member with this login id and CI. */
  static RegisterMemberRequest newMember(String loginId, String ci) {
    return RegisterMemberRequest.builder()
        .ci(ci)
        .loginId(loginId)
        .loginPassword("246810")
        .birthDate("19900101")
        .nationality("Korean")
        .gender("Female")
        .userName("홍길순")
        .mobileNumber("01055550001")
        .email(loginId)
        .joinChannel("OPENAPI")
        .tcIdList(Arrays.asList("29184", "29186", "29187", "29188", "601151"))
        .build();
  }
}
