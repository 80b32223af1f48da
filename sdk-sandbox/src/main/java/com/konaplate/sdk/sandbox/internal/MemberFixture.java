package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.MemberState;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The member part of a fixture: a member's personal data and starting state, the ASP's terms
 * and conditions, and how registration numbers new members and their basic cards. Immutable.
 * None of these classes has a {@code toString()} that shows personal data.
 */
public final class MemberFixture {
  private MemberFixture() {
  }

  /** A member's personal data, credentials and starting state. */
  public static final class Profile {
    public final MemberState state;
    /** 88 characters. */
    public final String ci;
    public final String loginId;
    /** Six digits. */
    public final String loginPassword;
    /** {@code yyyyMMdd}. */
    public final String birthDate;
    /** {@code Korean} or {@code Foreigner}. */
    public final String nationality;
    /** {@code Male} or {@code Female}. */
    public final String gender;
    public final String userName;
    /** Digits; a default made of the userId when not given. */
    public final String mobileNumber;
    /** The login id (or one made of the userId) when not given. */
    public final String email;
    /** Null when not given. */
    public final Address address;
    /** Null when not given. */
    public final String joinChannel;
    /** Whether the member completed identity authentication. */
    public final boolean authenticated;
    /** Consecutive wrong passwords so far (5 locks the password check). */
    public final int failedPasswordAttempts;
    /** The agreed terms: tcId → agreeDate ({@code yyyyMMddHHmmssSSS}), in agreement order. */
    public final Map<Long, String> agreedTerms;

    Profile(MemberState state, String ci, String loginId, String loginPassword, String birthDate,
        String nationality, String gender, String userName, String mobileNumber, String email,
        Address address, String joinChannel, boolean authenticated, int failedPasswordAttempts,
        Map<Long, String> agreedTerms) {
      this.state = state;
      this.ci = ci;
      this.loginId = loginId;
      this.loginPassword = loginPassword;
      this.birthDate = birthDate;
      this.nationality = nationality;
      this.gender = gender;
      this.userName = userName;
      this.mobileNumber = mobileNumber;
      this.email = email;
      this.address = address;
      this.joinChannel = joinChannel;
      this.authenticated = authenticated;
      this.failedPasswordAttempts = failedPasswordAttempts;
      this.agreedTerms = Collections.unmodifiableMap(new LinkedHashMap<Long, String>(agreedTerms));
    }
  }

  /** A member's address; every part may be null. */
  public static final class Address {
    public final String address;
    public final String addressDetail;
    public final String zipCode;

    Address(String address, String addressDetail, String zipCode) {
      this.address = address;
      this.addressDetail = addressDetail;
      this.zipCode = zipCode;
    }
  }

  /** One term of the ASP's terms and conditions. */
  public static final class Term {
    public final long tcId;
    /** {@code PY}, {@code MKT_NOTI}, ...; null when not given. */
    public final String tcActionType;
    public final String title;
    public final String url;
    public final boolean mandatory;
    /** The display order, as a string. */
    public final String order;
    /** Null when not given. */
    public final String viewPositionType;

    Term(long tcId, String tcActionType, String title, String url, boolean mandatory,
        String order, String viewPositionType) {
      this.tcId = tcId;
      this.tcActionType = tcActionType;
      this.title = title;
      this.url = url;
      this.mandatory = mandatory;
      this.order = order;
      this.viewPositionType = viewPositionType;
    }
  }

  /** How registration numbers new members and issues their basic mobile card. */
  public static final class Registration {
    /** The userId of the first member registered after a reset (then the next free ones). */
    public final long firstUserId;
    /** The basic card's expiry, {@code YYMMDD}; null: the last day of the month 5 years on. */
    public final String basicCardExpiryDate;
    /** The basic card's product. */
    public final String serviceId;

    Registration(long firstUserId, String basicCardExpiryDate, String serviceId) {
      this.firstUserId = firstUserId;
      this.basicCardExpiryDate = basicCardExpiryDate;
      this.serviceId = serviceId;
    }
  }
}
