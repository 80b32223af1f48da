package com.konaplate.sdk.benchmarks;

import java.util.List;

/**
 * The floor's Search for Card answer: the plain classes a partner would write by hand for the
 * decrypted JSON and read with Gson's reflective {@code fromJson}, one field per documented and
 * community field of {@code Card} (the same types as the SDK's model: {@code long} amounts, an
 * enum status, nested limits, bank and points). No validation, no unknown-field keeping, no
 * immutability: the least a hand-written integration does.
 */
public final class HandWrittenSearchResult {
  public List<CardItem> cardDataInfo;
  public Status response;

  /** The result envelope. */
  public static final class Status {
    public String code;
    public String description;
  }

  /** One card. */
  public static final class CardItem {
    public String par;
    public Limits limits;
    public long balance;
    public long pendingAmount;
    public boolean isNamed;
    public String serviceId;
    public String serviceName;
    public String expiryDate;
    public String cardApplyNo;
    public String mobileCardNo;
    public String physicalCardNo;
    public CardState mobileCardStatus;
    public CardState physicalCardStatus;
    public Boolean rechargeable;
    public Boolean remittable;
    public Boolean refundable;
    public Long rechargeableAmount;
    public Long minRechargeAmount;
    public BankInfo bankInfo;
    public List<Point> cardPointInfo;
    public String autoReloadStatus;
    public String serviceImageUrl;
    public Boolean enableFIC;
    public Boolean personalRechargeable;
    public Long maxRealNameRechargeAmount;
    public Long maxNonRealNameRechargeAmount;
  }

  /** A card's state. */
  public enum CardState {
    ACTIVE, INACTIVE, SUSPENDED
  }

  /** Payment limits. */
  public static final class Limits {
    public long once;
    public long day;
    public long month;
  }

  /** The account linked to a debit card. */
  public static final class BankInfo {
    public String bankName;
    public String accountNo;
  }

  /** Points held on a card. */
  public static final class Point {
    public Boolean autoUse;
    public String pointName;
    public String pointPolicyId;
    public Long remainingPoint;
  }
}
