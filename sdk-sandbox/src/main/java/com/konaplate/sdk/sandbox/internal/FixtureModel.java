package com.konaplate.sdk.sandbox.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The immutable description of members (with their personal data, see {@link MemberFixture}),
 * cards, products, card applications, unregistered cards and terms and conditions a sandbox
 * starts from (and returns to on reset). Parsed by {@link FixtureParser} from
 * the JSON format documented in the module's README; the parser refuses unknown fields so a typo
 * in a partner's fixture fails loudly instead of being ignored.
 */
public final class FixtureModel {
  /** The card kinds the terminate rules distinguish. */
  public enum CardKind {
    MAIN, SUB, BASIC, MARRIED, PHYSICAL
  }

  /** The state a card starts in. */
  public enum InitialStatus {
    ACTIVE, SUSPENDED, TERMINATED
  }

  /** A member: its id, the name cards show, and its personal data and starting state. */
  public static final class Member {
    public final long userId;
    /** The owner's name (Card-User Mapped Inquiry's {@code ownerKa}), or null. */
    public final String name;
    /** The personal data and starting state (defaults filled in for what the fixture omits). */
    public final MemberFixture.Profile profile;

    Member(long userId, String name, MemberFixture.Profile profile) {
      this.userId = userId;
      this.name = name;
      this.profile = profile;
    }
  }

  /** Payment limits; 0 means unlimited. */
  public static final class Limits {
    public final long once;
    public final long day;
    public final long month;

    Limits(long once, long day, long month) {
      this.once = once;
      this.day = day;
      this.month = month;
    }
  }

  /** A bank account: the linked account of a debit card. */
  public static final class Account {
    public final String bankName;
    public final String accountNo;

    Account(String bankName, String accountNo) {
      this.bankName = bankName;
      this.accountNo = accountNo;
    }
  }

  /** The virtual account linked to a card. */
  public static final class VirtualAccount {
    public final String accountNo;
    public final String bankCode;
    public final String connectType;

    VirtualAccount(String accountNo, String bankCode, String connectType) {
      this.accountNo = accountNo;
      this.bankCode = bankCode;
      this.connectType = connectType;
    }
  }

  /** A card as the fixture describes it. */
  public static final class Card {
    public final String par;
    public final long userId;
    public final CardKind kind;
    /** The main card of a sub card, else null. */
    public final String mainPar;
    /** The mobile card a physical card is linked to, else null. */
    public final String linkedPar;
    public final long balance;
    public final long pendingAmount;
    public final InitialStatus status;
    /** The 16-digit card number, or null. */
    public final String cardNo;
    /** YYMM. */
    public final String expiryDate;
    public final String serviceId;
    public final boolean named;
    /** The linked bank account (a debit card), or null. */
    public final Account account;
    /** The payment limits; null unless the card has a linked account. */
    public final Limits limits;
    /** The virtual account, or null. */
    public final VirtualAccount virtualAccount;

    Card(String par, long userId, CardKind kind, String mainPar, String linkedPar, long balance,
        long pendingAmount, InitialStatus status, String cardNo, String expiryDate,
        String serviceId, boolean named, Account account, Limits limits,
        VirtualAccount virtualAccount) {
      this.par = par;
      this.userId = userId;
      this.kind = kind;
      this.mainPar = mainPar;
      this.linkedPar = linkedPar;
      this.balance = balance;
      this.pendingAmount = pendingAmount;
      this.status = status;
      this.cardNo = cardNo;
      this.expiryDate = expiryDate;
      this.serviceId = serviceId;
      this.named = named;
      this.account = account;
      this.limits = limits;
      this.virtualAccount = virtualAccount;
    }

    /** True when the card starts discarded. */
    public boolean terminated() {
      return status == InitialStatus.TERMINATED;
    }
  }

  /** A card application: the mobile card it issued, its day and whether it can be cancelled. */
  public static final class Application {
    public final String cardApplyNo;
    public final long userId;
    /** The mobile card issued with it. */
    public final String par;
    /** 0: made today (by the sandbox clock, in Asia/Seoul); 1: yesterday; ... */
    public final int appliedDaysAgo;
    public final boolean cancelled;
    /** True when the mobile card was used (then it cannot be cancelled). */
    public final boolean cardUsed;

    Application(String cardApplyNo, long userId, String par, int appliedDaysAgo,
        boolean cancelled, boolean cardUsed) {
      this.cardApplyNo = cardApplyNo;
      this.userId = userId;
      this.par = par;
      this.appliedDaysAgo = appliedDaysAgo;
      this.cancelled = cancelled;
      this.cardUsed = cardUsed;
    }
  }

  /** A card product. */
  public static final class Product {
    public final String serviceId;
    public final String serviceName;

    Product(String serviceId, String serviceName) {
      this.serviceId = serviceId;
      this.serviceName = serviceName;
    }
  }

  /** A card registered to no member, found by number, expiry and CVC. */
  public static final class UnregisteredCard {
    public final String cardNo;
    public final String expiryDate;
    public final String cardCvc;
    public final String serviceId;
    public final long balance;

    UnregisteredCard(String cardNo, String expiryDate, String cardCvc, String serviceId,
        long balance) {
      this.cardNo = cardNo;
      this.expiryDate = expiryDate;
      this.cardCvc = cardCvc;
      this.serviceId = serviceId;
      this.balance = balance;
    }
  }

  static final long MAX_USER_ID = 999_999_999_999_999_999L;
  static final Pattern PAR = Pattern.compile("^[A-Z0-9]{27}$");
  /** The product of cards that name none: the sandbox product id community code shows. */
  static final String DEFAULT_SERVICE_ID = "000170000002000";
  static final String DEFAULT_EXPIRY = "3108";

  private final List<Member> members;
  private final List<Card> cards;
  private final List<Application> applications;
  private final List<Product> products;
  private final List<UnregisteredCard> unregisteredCards;
  private final List<MemberFixture.Term> terms;
  private final MemberFixture.Registration registration;
  private final MoneyModel money;

  FixtureModel(List<Member> members, List<Card> cards, List<Application> applications,
      List<Product> products, List<UnregisteredCard> unregisteredCards,
      List<MemberFixture.Term> terms, MemberFixture.Registration registration, MoneyModel money) {
    this.terms = Collections.unmodifiableList(terms);
    this.registration = registration;
    this.money = money;
    this.members = Collections.unmodifiableList(members);
    this.cards = Collections.unmodifiableList(cards);
    this.applications = Collections.unmodifiableList(applications);
    this.products = Collections.unmodifiableList(products);
    this.unregisteredCards = Collections.unmodifiableList(unregisteredCards);
  }

  /** The members, in fixture order. */
  public List<Member> members() {
    return members;
  }

  /** The cards, in fixture order. */
  public List<Card> cards() {
    return cards;
  }

  /** The card applications, in fixture order. */
  public List<Application> applications() {
    return applications;
  }

  /** The card products, in fixture order. */
  public List<Product> products() {
    return products;
  }

  /** The ASP's terms and conditions, in fixture order. */
  public List<MemberFixture.Term> terms() {
    return terms;
  }

  /** How registration numbers new members and their basic cards. */
  public MemberFixture.Registration registration() {
    return registration;
  }

  /** The unregistered cards, in fixture order. */
  public List<UnregisteredCard> unregisteredCards() {
    return unregisteredCards;
  }

  /** The bank accounts, merchants, tokens, charges, payments and transactions. */
  MoneyModel money() {
    return money;
  }

  /**
   * Parses and checks a fixture.
   *
   * @throws IllegalArgumentException naming the offending field when the fixture is invalid
   * @throws IOException when the reader fails
   */
  public static FixtureModel parse(Reader in) throws IOException {
    return FixtureParser.parse(in);
  }
}
