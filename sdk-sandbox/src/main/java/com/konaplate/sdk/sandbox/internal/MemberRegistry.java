package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.MemberState;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Member;
import com.konaplate.sdk.sandbox.internal.MemberFixture.Profile;
import com.konaplate.sdk.sandbox.internal.MemberFixture.Registration;
import com.konaplate.sdk.sandbox.internal.MemberFixture.Term;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members' live state: the fixture's members and those registered since the last reset,
 * each with its state, authentication, failed password attempts and agreed terms, found by
 * userId, login id or CI; and the ASP's terms and conditions. Owned by {@link FixtureState}
 * and guarded by its lock: every method assumes that lock is held.
 *
 * <p>Login ids and CIs are indexed for members that are not withdrawn: a withdrawn member's
 * login id and CI are free again, and a look-up by them finds nobody.
 */
final class MemberRegistry {
  private static final DateTimeFormatter AGREE_DATE =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

  /** A member and its mutable state. Guarded by the state's lock. */
  static final class Record {
    final Member member;
    MemberState state;
    boolean authenticated;
    int failedPasswordAttempts;
    /** tcId → agreeDate, in agreement order. */
    final Map<Long, String> agreed = new LinkedHashMap<Long, String>();

    Record(Member member) {
      this.member = member;
      Profile p = member.profile;
      this.state = p.state;
      this.authenticated = p.authenticated;
      this.failedPasswordAttempts = p.failedPasswordAttempts;
      this.agreed.putAll(p.agreedTerms);
    }

    Profile profile() {
      return member.profile;
    }

    long userId() {
      return member.userId;
    }
  }

  private final String aspId;
  private final Clock clock;
  private final List<Member> fixtureMembers;
  private final Map<Long, Term> terms = new LinkedHashMap<Long, Term>();
  private final Registration registration;

  private final Map<Long, Record> records = new LinkedHashMap<Long, Record>();
  private final Map<String, Record> byLoginId = new HashMap<String, Record>();
  private final Map<String, Record> byCi = new HashMap<String, Record>();
  private long nextUserId;

  MemberRegistry(FixtureModel model, Clock clock, String aspId) {
    this.aspId = aspId;
    this.clock = clock;
    this.fixtureMembers = model.members();
    for (Term t : model.terms()) {
      terms.put(t.tcId, t);
    }
    this.registration = model.registration();
    reset();
  }

  /** Forgets the registered members and returns every fixture member to its fixture state. */
  void reset() {
    records.clear();
    byLoginId.clear();
    byCi.clear();
    for (Member m : fixtureMembers) {
      add(new Record(m));
    }
    nextUserId = registration.firstUserId;
  }

  private void add(Record r) {
    records.put(r.userId(), r);
    if (r.state != MemberState.WITHDRAWN) {
      byLoginId.put(r.profile().loginId, r);
      byCi.put(r.profile().ci, r);
    }
  }

  /** The ASP id the members belong to (the sandbox's credentials). */
  String aspId() {
    return aspId;
  }

  /** The member in any state, or null. */
  Record record(long userId) {
    return records.get(userId);
  }

  /**
   * The member operations by userId serve: active or blocked; null for an unknown, withdrawn
   * or dormant member (a dormant member is kept apart until reactivated).
   */
  Record present(long userId) {
    Record r = records.get(userId);
    return r != null && (r.state == MemberState.ACTIVE || r.state == MemberState.BLOCKED)
        ? r : null;
  }

  /** The member that is not withdrawn with this login id, or null. */
  Record byLoginId(String loginId) {
    return loginId == null ? null : byLoginId.get(loginId);
  }

  /** The member that is not withdrawn with this CI, or null. */
  Record byCi(String ci) {
    return ci == null ? null : byCi.get(ci);
  }

  /** The term, or null. */
  Term term(long tcId) {
    return terms.get(tcId);
  }

  /** The terms and conditions, in fixture order. */
  Collection<Term> terms() {
    return Collections.unmodifiableCollection(terms.values());
  }

  Registration registration() {
    return registration;
  }

  /** Now as an agreement date, {@code yyyyMMddHHmmssSSS} in Asia/Seoul by the sandbox clock. */
  String now() {
    return LocalDateTime.now(clock.withZone(FixtureState.KONA_ZONE)).format(AGREE_DATE);
  }

  /** The next free userId for a registration (not consumed until {@link #register}). */
  long nextUserId() {
    long id = nextUserId;
    while (records.containsKey(id)) {
      id++;
    }
    return id;
  }

  /** Adds a registered member; its userId must come from {@link #nextUserId()}. */
  Record register(Member member) {
    Record r = new Record(member);
    add(r);
    nextUserId = member.userId + 1;
    return r;
  }

  /** Withdraws the member: its login id and CI are free again. */
  void withdraw(Record r) {
    r.state = MemberState.WITHDRAWN;
    if (byLoginId.get(r.profile().loginId) == r) {
      byLoginId.remove(r.profile().loginId);
    }
    if (byCi.get(r.profile().ci) == r) {
      byCi.remove(r.profile().ci);
    }
  }

  /** How many members are in {@code state}. */
  int count(MemberState state) {
    int n = 0;
    for (Record r : records.values()) {
      n += r.state == state ? 1 : 0;
    }
    return n;
  }
}
