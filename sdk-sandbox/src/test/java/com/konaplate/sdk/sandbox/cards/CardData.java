package com.konaplate.sdk.sandbox.cards;

/** The default fixture's data the card-family tests use (openapi.yaml's examples). */
final class CardData {
  static final long SPARES = 100000000010L;
  static final String PREPAID = "Q10000000000000000000001001";
  static final String PREPAID_CARD_NO = "9491330000000011";
  static final String DEBIT = "Q10000000000000000000001002";
  static final String DEBIT_CARD_NO = "9491330000000029";
  static final String OTHER_PREPAID = "Q10000000000000000000001003";

  static final long FAMILY = 100000000001L;
  static final String MAIN = "Q10000000000000000000000101";
  static final String SUB = "Q10000000000000000000000102";
  static final String PHYSICAL = "Q10000000000000000000000103";
  static final String PHYSICAL_OF_SUB = "Q10000000000000000000000104";

  static final long NO_SUCH_MEMBER = 100000000003L;
  static final long TERMINATED_CARD_MEMBER = 100000000004L;
  static final String TERMINATED_CARD = "Q10000000000000000000000401";
  static final String WITHDRAWN_MEMBERS_CARD_NO = "9491330000000901";

  static final long APPLICANT = 100000000011L;
  static final String TODAYS_APPLICATION = "AP00000000000000000001";
  static final String TODAYS_CARD = "Q10000000000000000000001101";
  static final String YESTERDAYS_APPLICATION = "AP00000000000000000002";
  static final String CANCELLED_APPLICATION = "AP00000000000000000003";
  static final String USED_CARD_APPLICATION = "AP00000000000000000004";

  static final long SUSPENDED_MEMBER = 100000000012L;
  static final String SUSPENDED_CARD = "Q10000000000000000000001201";

  static final String PREPAID_PRODUCT = "000170000002000";
  static final String UNREGISTERED_CARD_NO = "9491330000000099";
  static final String UNKNOWN_CARD_NO = "9491330000009999";

  private CardData() {
  }
}
