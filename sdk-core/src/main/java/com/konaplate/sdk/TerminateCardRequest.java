package com.konaplate.sdk;

import com.konaplate.sdk.exception.RequestValidationException;
import com.konaplate.sdk.internal.Masking;

/**
 * The input of "Discarding a Card": the member's id and the PAR of the card. Immutable.
 * Validated when created, so a bad request never reaches the network.
 */
public final class TerminateCardRequest {
  /** The largest {@code userId} the API accepts. */
  public static final long MAX_USER_ID = 999_999_999_999_999_999L;
  /** The length of a PAR. */
  public static final int PAR_LENGTH = 27;

  private final long userId;
  private final String par;

  private TerminateCardRequest(long userId, String par) {
    this.userId = userId;
    this.par = par;
  }

  /**
   * The request to discard card {@code par} of member {@code userId}.
   *
   * @throws RequestValidationException when userId is not 1..999999999999999999 or par is not
   *     27 characters
   */
  public static TerminateCardRequest of(long userId, String par) {
    if (userId < 1 || userId > MAX_USER_ID) {
      throw new RequestValidationException("userId", "must be between 1 and 999999999999999999");
    }
    if (par == null) {
      throw new RequestValidationException("par", "is required");
    }
    if (par.length() != PAR_LENGTH) {
      throw new RequestValidationException("par",
          "must be exactly 27 characters (was " + par.length() + ")");
    }
    return new TerminateCardRequest(userId, par);
  }

  /** The member's unique id. */
  public long userId() {
    return userId;
  }

  /** The PAR of the mobile or physical card to discard. */
  public String par() {
    return par;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TerminateCardRequest)) {
      return false;
    }
    TerminateCardRequest that = (TerminateCardRequest) o;
    return userId == that.userId && par.equals(that.par);
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(userId) + par.hashCode();
  }

  /** Shows the PAR masked: a PAR identifies a card and stays out of logs. */
  @Override
  public String toString() {
    return "TerminateCardRequest{userId=" + userId + ", par=" + Masking.par(par) + '}';
  }
}
