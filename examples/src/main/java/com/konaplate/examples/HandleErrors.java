package com.konaplate.examples;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.exception.AuthenticationException;
import com.konaplate.sdk.exception.CardHasBalanceException;
import com.konaplate.sdk.exception.InvalidCardException;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.RequestValidationException;
import com.konaplate.sdk.exception.SubCardDeletionException;
import com.konaplate.sdk.exception.WalletUserNotFoundException;
import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.KonaplateSandbox;

/**
 * Error handling by exception type: what a partner's code does for each outcome of "Discarding
 * a Card". Runs against the embedded sandbox; copy {@link #discard} into your service.
 */
public final class HandleErrors {
  private HandleErrors() {
  }

  /** Tries a few documented cases and prints what the handler decided for each. */
  public static void main(String[] args) {
    try (KonaplateSandbox sandbox = KonaplateSandbox.start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      for (DocumentedCase c : new DocumentedCase[] {DocumentedCase.SUCCESS, DocumentedCase.BALANCE_LEFT,
          DocumentedCase.SUB_CARD, DocumentedCase.USER_NOT_FOUND, DocumentedCase.SUCCESS}) {
        System.out.println(c + ": " + discard(client, c.userId(), c.par()));
      }
      System.out.println("bad input: " + discard(client, 0, "too short"));
    }
  }

  /** Discards a card and turns every outcome into a decision for the caller. */
  static String discard(KonaplateClient client, long userId, String par) {
    try {
      TerminateCardResult r = client.cards().terminate(userId, par);
      return "discarded (correlation id " + r.correlationId() + ")";
    } catch (RequestValidationException e) {
      return "fix the request first: " + e.field() + " " + e.rule();
    } catch (CardHasBalanceException e) {
      return "refund the remaining balance, then retry";
    } catch (SubCardDeletionException e) {
      return "discard the main card instead; its sub cards go with it";
    } catch (InvalidCardException e) {
      return "nothing to discard: the card is unknown or already discarded";
    } catch (WalletUserNotFoundException e) {
      return "the member does not exist or has withdrawn";
    } catch (AuthenticationException e) {
      return "check ASP ID, access key, secret key and the clock (" + e.code() + ")";
    } catch (KonaplateApiException e) {
      return "refused with " + e.code() + ": " + e.description();
    } catch (KonaplateException e) {
      // Transport failures, 5xx, timeouts: the card MAY have been discarded.
      return e.outcomeUnknown()
          ? "outcome unknown: check the card's state before retrying (correlation id " + e.correlationId() + ")"
          : "not sent: safe to retry later (" + e.getClass().getSimpleName() + ")";
    }
  }
}
