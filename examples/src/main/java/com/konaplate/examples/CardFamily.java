package com.konaplate.examples;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.CardAlreadyTerminatedException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.model.Card;
import com.konaplate.sdk.model.CardLimits;
import com.konaplate.sdk.model.CardStatus;
import com.konaplate.sdk.model.FindUnregisteredCardRequest;
import com.konaplate.sdk.model.SearchCardsRequest;
import com.konaplate.sdk.model.UpdateCardLimitsRequest;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import java.io.PrintStream;
import java.util.Collections;

/**
 * Walks the card family against the embedded local sandbox, with no arguments and no
 * credentials: lists a member's cards, suspends one and sees it suspended, resumes it, sets the
 * limits of a debit card, finds the member and the virtual account of a card number, looks up a
 * product and an unregistered card, cancels today's card application, and discards a card that
 * then can no longer change state. Every call goes through {@link KonaplateClient} as the
 * sandbox's {@code clientBuilder()} configures it (message encryption as openapi.yaml flags).
 * Card numbers and PARs are printed masked.
 *
 * <p>Exit codes: 0 every step behaved as documented; 1 a step did not (one line on stderr).
 */
public final class CardFamily {
  private static final long MEMBER = 100000000010L;
  private static final String PREPAID = "Q10000000000000000000001001";
  private static final String PREPAID_CARD_NO = "9491330000000011";
  private static final String DEBIT = "Q10000000000000000000001002";
  private static final long APPLICANT = 100000000011L;
  private static final String TODAYS_APPLICATION = "AP00000000000000000001";

  private CardFamily() {
  }

  /** Runs the walk and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err));
  }

  /** Runs the walk; returns the exit status. */
  static int run(PrintStream out, PrintStream err) {
    try (KonaplateSandbox sandbox = KonaplateSandbox.start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      out.println("KONA PLATE local sandbox at " + sandbox.baseUrl() + " (no credentials needed)");
      walk(client, out);
      out.println("Every step of the card family behaved as documented.");
      return 0;
    } catch (KonaplateException | IllegalStateException e) {
      err.println(e.getClass().getSimpleName() + ": " + e.getMessage());
      return 1;
    }
  }

  private static void walk(KonaplateClient client, PrintStream out) {
    out.printf("search(%d): %d card(s)%n", MEMBER, client.cards().search(MEMBER).cards().size());

    client.cards().suspend(MEMBER, PREPAID);
    expect(status(client, PREPAID) == CardStatus.SUSPENDED, "a suspended card is listed SUSPENDED");
    out.printf("suspend(%d, %s): listed %s%n", MEMBER, mask(PREPAID), status(client, PREPAID));
    client.cards().resume(MEMBER, PREPAID);
    expect(status(client, PREPAID) == CardStatus.ACTIVE, "a resumed card is listed ACTIVE");
    out.printf("resume(%d, %s): listed %s%n", MEMBER, mask(PREPAID), status(client, PREPAID));

    client.cards().updateLimits(UpdateCardLimitsRequest.builder().userId(MEMBER).par(DEBIT)
        .limits(CardLimits.builder().once(100000).day(500000).month(2000000).build()).build());
    CardLimits limits = card(client, DEBIT).limits();
    expect(limits != null && limits.month() == 2000000, "the limits set are listed");
    out.printf("updateLimits(%d, %s): once %d, day %d, month %d%n", MEMBER, mask(DEBIT),
        limits.once(), limits.day(), limits.month());

    out.printf("findUser(%s): userId %d%n", mask(PREPAID_CARD_NO),
        client.cards().findUser(PREPAID_CARD_NO).userId());
    out.printf("virtualAccount(%s): bank %s%n", mask(PREPAID_CARD_NO),
        client.cards().virtualAccount(PREPAID_CARD_NO).bankCode());
    out.printf("products(000170000002000): %s%n", client.cards()
        .products(Collections.singletonList("000170000002000")).products().get(0).serviceName());
    out.printf("findUnregistered(%s): %s%n", mask("9491330000000099"),
        client.cards().findUnregistered(FindUnregisteredCardRequest.builder()
            .cardNo("9491330000000099").expiryDate("3108").cardCVC("123").build()).code());
    out.printf("cancelApplication(%d, %s): card %s discarded%n", APPLICANT, TODAYS_APPLICATION,
        mask(client.cards().cancelApplication(APPLICANT, TODAYS_APPLICATION).par()));

    client.cards().terminate(MEMBER, PREPAID);
    expect(client.cards().search(SearchCardsRequest.builder().userId(MEMBER).par(PREPAID).build())
        .cards().isEmpty(), "a discarded card is no longer listed");
    try {
      client.cards().suspend(MEMBER, PREPAID);
      expect(false, "a discarded card's state cannot change");
    } catch (CardAlreadyTerminatedException e) {
      out.printf("terminate(%d, %s), then suspend: %s %s%n", MEMBER, mask(PREPAID),
          e.getClass().getSimpleName(), e.code());
    }
  }

  private static Card card(KonaplateClient client, String par) {
    return client.cards().search(SearchCardsRequest.builder().userId(MEMBER).par(par).build())
        .cards().get(0);
  }

  private static CardStatus status(KonaplateClient client, String par) {
    return card(client, par).mobileCardStatus();
  }

  private static void expect(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("not as documented: " + what);
    }
  }

  /** Card numbers and PARs identify cards: print only their first and last four characters. */
  private static String mask(String value) {
    return value.substring(0, 4) + "****" + value.substring(value.length() - 4);
  }
}
