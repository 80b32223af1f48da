package com.konaplate.sdk.benchmarks;

import java.util.List;

/**
 * The floor's answers of the money benchmarks: the plain classes a partner would write by hand
 * for the charge's answer and a page of transaction history and read with Gson's reflective
 * {@code fromJson}, one field per field of openapi.yaml's {@code ChargeResult},
 * {@code ListCardTransactionsResult}, {@code PageResponse} and {@code Transaction} (the same
 * types as the SDK's model). No validation, no unknown-field keeping, no immutability: the least
 * a hand-written integration does.
 */
public final class HandWrittenMoney {
  private HandWrittenMoney() {
  }

  /** The result envelope. */
  public static final class Status {
    public String code;
    public String description;
  }

  /** The charge's answer. */
  public static final class ChargeAnswer {
    public String nrNumber;
    public boolean isPending;
    public Status response;
  }

  /** A page of transaction history. */
  public static final class HistoryPage {
    public PageInfo pageResponse;
    public List<TransactionItem> transactionInfo;
    public Status response;
  }

  /** Where a page is among all pages. */
  public static final class PageInfo {
    public Long page;
    public Long totalPages;
    public Long numberOfElements;
  }

  /** One transaction. */
  public static final class TransactionItem {
    public String trType;
    public String rcgType;
    public String nrNumber;
    public Long trAmount;
    public Long orgAmount;
    public String approvalCode;
    public Long balanceBefore;
    public Long balanceAfter;
    public String merchantName;
    public String bizLicenseNo;
    public String authCancelType;
    public String approvalDateTime;
    public Long discountAmount;
    public Long usedPointAmount;
    public Long savedPointAmount;
    public Boolean rechargeCancelable;
  }
}
