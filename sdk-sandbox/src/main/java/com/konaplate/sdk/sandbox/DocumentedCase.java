package com.konaplate.sdk.sandbox;

import com.konaplate.sdk.exception.BasicCardDeletionException;
import com.konaplate.sdk.exception.CardHasBalanceException;
import com.konaplate.sdk.exception.InvalidCardException;
import com.konaplate.sdk.exception.InvalidInputException;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.exception.MarriedCardException;
import com.konaplate.sdk.exception.SubCardDeletionException;
import com.konaplate.sdk.exception.WalletUserNotFoundException;

/**
 * The eight test cases KONA PLATE documents for "Discarding a Card", with the userId and PAR
 * the default fixture (and openapi.yaml's examples) gives each. Against a freshly reset
 * sandbox each case answers its {@link #code()}; {@link #SUCCESS} answers 001_047 once its
 * card is terminated.
 */
public enum DocumentedCase {
  /** 200 000_000: the card (a main card with a sub card and linked physical cards) is discarded. */
  SUCCESS(100000000001L, "Q10000000000000000000000101", 200, "000_000", null),
  /** 400 000_002: the PAR has the right length but not the PAR format. */
  INVALID_INPUT(100000000002L, "Q1-INVALID-PAR-FORMAT-00000", 400, "000_002",
      InvalidInputException.class),
  /** 400 001_006: no such member. */
  USER_NOT_FOUND(100000000003L, "Q10000000000000000000000301", 400, "001_006",
      WalletUserNotFoundException.class),
  /** 400 001_047: the member exists; the card is already terminated. */
  INVALID_CARD(100000000004L, "Q10000000000000000000000401", 400, "001_047",
      InvalidCardException.class),
  /** 400 001_052: the card has balance left. */
  BALANCE_LEFT(100000000005L, "Q10000000000000000000000501", 400, "001_052",
      CardHasBalanceException.class),
  /** 400 001_059: a basic card cannot be discarded. */
  BASIC_CARD(100000000006L, "Q10000000000000000000000601", 400, "001_059",
      BasicCardDeletionException.class),
  /** 400 001_061: a sub card goes only with its main card. */
  SUB_CARD(100000000007L, "Q10000000000000000000000701", 400, "001_061",
      SubCardDeletionException.class),
  /** 400 001_062: a card married to a cardSe must be disconnected first. */
  MARRIED_CARD(100000000008L, "Q10000000000000000000000801", 400, "001_062",
      MarriedCardException.class);

  /** A withdrawn member of the default fixture; any call for it answers 001_006. */
  public static final long WITHDRAWN_USER_ID = 100000000009L;
  /** The active main card of {@link #WITHDRAWN_USER_ID}. */
  public static final String WITHDRAWN_USER_PAR = "Q10000000000000000000000901";

  private final long userId;
  private final String par;
  private final int httpStatus;
  private final String code;
  private final Class<? extends KonaplateApiException> exceptionType;

  DocumentedCase(long userId, String par, int httpStatus, String code,
      Class<? extends KonaplateApiException> exceptionType) {
    this.userId = userId;
    this.par = par;
    this.httpStatus = httpStatus;
    this.code = code;
    this.exceptionType = exceptionType;
  }

  /** The member's userId. */
  public long userId() {
    return userId;
  }

  /** The PAR of the card to discard. */
  public String par() {
    return par;
  }

  /** The HTTP status of the answer. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The result code of the answer. */
  public String code() {
    return code;
  }

  /**
   * This case as openapi.yaml documents it for {@code terminateCard} (the example named as
   * the constant in lower camel case, e.g. {@code balanceLeft}).
   */
  public DocumentedExample example() {
    String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return DocumentedExample.of("terminateCard", sb.toString());
  }

  /** The SDK exception the answer becomes, or null for {@link #SUCCESS}. */
  public Class<? extends KonaplateApiException> exceptionType() {
    return exceptionType;
  }
}
