package com.konaplate.sdk.sandbox.money;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.ChargeRequest;
import com.konaplate.sdk.model.IssueOneTimeTokenResult;
import com.konaplate.sdk.model.PaymentRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The default fixture's money data, as the money tests use it. */
final class MoneyData {
  /** A member with a bank account with money; its prepaid card has 50000. */
  static final long MEMBER = 100000000030L;
  static final String PAR = "Q10000000000000000000003001";
  static final String CARD_NO = "9491330000003001";
  static final long START_BALANCE = 50000;
  /** The same member's card whose expiry (2405) is past, and its suspended card. */
  static final String EXPIRED_CARD_NO = "9491330000003002";
  static final String SUSPENDED_CARD_NO = "9491330000003003";
  static final String SUSPENDED_PAR = "Q10000000000000000000003003";
  /** A member with a card and no bank account. */
  static final long NO_ACCOUNT_MEMBER = 100000000031L;
  static final String NO_ACCOUNT_CARD_NO = "9491330000003101";
  /** A member whose account has no money. */
  static final long POOR_MEMBER = 100000000032L;
  static final String POOR_CARD_NO = "9491330000003201";
  /** A member whose account holder's name differs; its completed charge. */
  static final long OTHER_NAME_MEMBER = 100000000033L;
  static final String OTHER_NAME_CARD_NO = "9491330000003301";
  static final String OTHER_NAME_CHARGE = "NR0000000000033001";
  /** The history member: 4 transactions in November 2026 on its card. */
  static final long HISTORY_MEMBER = 100000000034L;
  static final String HISTORY_PAR = "Q10000000000000000000003401";

  static final String CAFE = "410195430033901";
  static final String MART = "410616271317501";
  static final String KIOSK = "410121137754301";
  static final String BAKERY = "410147370025101";
  static final String STORE = "410894040073801";

  static final String COMPLETED_CHARGE = "NR0000000000030001";
  static final String OTHER_METHOD_CHARGE = "NR0000000000030002";
  static final String PENDING_CHARGE_SEQUENCE = "FIXCHARGE00000000000000000002";

  private MoneyData() {
  }

  static IssueOneTimeTokenResult token(KonaplateClient client, String cardNo) {
    return client.payments().issueOneTimeToken(cardNo);
  }

  static ChargeRequest.Builder charge(IssueOneTimeTokenResult token, long userId, long amount) {
    return ChargeRequest.builder().userId(userId).amount(amount)
        .oneTimeToken(token.oneTimeToken()).dcvv(token.dcvv()).merchantId(CAFE);
  }

  static PaymentRequest.Builder payment(IssueOneTimeTokenResult token, long amount) {
    return PaymentRequest.builder().oneTimeToken(token.oneTimeToken()).dcvv(token.dcvv())
        .amount(amount).merchantId(CAFE).channel("OPENAPI");
  }

  /** Today in Seoul by {@code clock}, {@code yyyyMMdd}. */
  static String today(Clock clock) {
    return LocalDate.now(clock.withZone(ZoneId.of("Asia/Seoul")))
        .format(DateTimeFormatter.BASIC_ISO_DATE);
  }

}
