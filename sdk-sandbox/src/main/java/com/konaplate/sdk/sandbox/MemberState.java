package com.konaplate.sdk.sandbox;

/** The state of a sandbox member. */
public enum MemberState {
  /** The member can use every operation. */
  ACTIVE,
  /**
   * Dormant (a year without log-in or card use): kept apart until reactivated (Activation of
   * Dormant Member). Operations by userId answer {@code 001_006}, the password check
   * {@code 001_068}; look-ups by CI or login id still find the member, and its login id and CI
   * stay registered.
   */
  DORMANT,
  /**
   * Withdrawn (Membership Cancellation, or so in the fixture): every operation answers
   * {@code 001_006}, its cards are no longer listed, and its login id and CI are free again.
   */
  WITHDRAWN,
  /**
   * Registered as fraudulent by the ASP's configuration: the password check and a reactivation
   * answer {@code 001_080}; reads and card operations work as for an active member.
   */
  BLOCKED
}
