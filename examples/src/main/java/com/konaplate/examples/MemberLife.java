package com.konaplate.examples;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.WalletUserNotFoundException;
import com.konaplate.sdk.model.Card;
import com.konaplate.sdk.model.CardStatus;
import com.konaplate.sdk.model.MemberInfo;
import com.konaplate.sdk.model.RegisterMemberRequest;
import com.konaplate.sdk.model.RegisterMemberResult;
import com.konaplate.sdk.model.SearchCardsRequest;
import com.konaplate.sdk.model.TermsAndConditions;
import com.konaplate.sdk.model.TermsConsent;
import com.konaplate.sdk.model.UpdateTermsAgreementRequest;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collections;

/**
 * Walks a member's life against the embedded local sandbox, with no arguments and no
 * credentials: registers a member (a basic mobile card comes with it), reads the member's
 * information, agrees to an optional term, lists the member's cards, suspends and resumes the
 * basic card, and withdraws the member, who is then no longer found. Registration and member
 * information are JWE-encrypted both ways: the sandbox's {@code clientBuilder()} configures the
 * encryption. Personal data is printed masked, as a partner's own logs should show it.
 *
 * <p>Exit codes: 0 every step behaved as documented; 1 a step did not (one line on stderr).
 */
public final class MemberLife {
  /** The optional marketing term of the sandbox's catalogue. */
  private static final long MARKETING_TERM = 601151L;

  private MemberLife() {
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
      out.println("Every step of the member's life behaved as documented.");
      return 0;
    } catch (KonaplateException | IllegalStateException e) {
      err.println(e.getClass().getSimpleName() + ": " + e.getMessage());
      return 1;
    }
  }

  private static void walk(KonaplateClient client, PrintStream out) {
    RegisterMemberResult registered = client.members().register(RegisterMemberRequest.builder()
        .ci("CIMemberLife" + String.join("", Collections.nCopies(76, "A")))
        .loginId("member.life@example.com").loginPassword("258036").birthDate("19920315")
        .nationality("Korean").gender("Female").userName("박탐나").mobileNumber("01023456789")
        .email("member.life@example.com").joinChannel("OPENAPI")
        .tcIdList(Arrays.asList("29184", "29186", "29187", "29188")).build());
    long userId = registered.userId();
    String par = registered.basicCardInfo().par();
    out.printf("register: userId %d, basic card %s%n", userId, mask(par));

    MemberInfo info = client.members().info(userId).userInfo();
    expect(info.loginId().equals("member.life@example.com"), "info gives the login id registered");
    out.printf("info(%d): %s, %s, mobile %s%n", userId, mask(info.loginId()),
        mask(info.userName()), mask(info.mobileNumber()));

    client.members().updateTerms(UpdateTermsAgreementRequest.builder().userId(userId)
        .tcList(Collections.singletonList(TermsConsent.builder().tcId(MARKETING_TERM)
            .isAgree(true).build())).build());
    TermsAndConditions term = client.members().terms(userId).terms().stream()
        .filter(t -> t.tcId() == MARKETING_TERM).findFirst()
        .orElseThrow(() -> new IllegalStateException("not as documented: term listed"));
    expect(term.isAgree(), "an agreed term is listed as agreed");
    out.printf("updateTerms(%d, %d agreed): listed isAgree=%s%n", userId, MARKETING_TERM,
        term.isAgree());

    out.printf("search(%d): %d card(s)%n", userId, client.cards().search(userId).cards().size());
    client.cards().suspend(userId, par);
    expect(status(client, userId, par) == CardStatus.SUSPENDED, "a suspended card is SUSPENDED");
    out.printf("suspend(%d, %s): listed %s%n", userId, mask(par), status(client, userId, par));
    client.cards().resume(userId, par);
    expect(status(client, userId, par) == CardStatus.ACTIVE, "a resumed card is ACTIVE");
    out.printf("resume(%d, %s): listed %s%n", userId, mask(par), status(client, userId, par));

    client.members().unregister(userId);
    try {
      client.members().info(userId);
      expect(false, "a withdrawn member is no longer found");
    } catch (WalletUserNotFoundException e) {
      out.printf("unregister(%d), then info: %s %s%n", userId, e.getClass().getSimpleName(),
          e.code());
    }
  }

  private static CardStatus status(KonaplateClient client, long userId, String par) {
    Card card = client.cards().search(SearchCardsRequest.builder().userId(userId).par(par)
        .build()).cards().get(0);
    return card.mobileCardStatus();
  }

  private static void expect(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("not as documented: " + what);
    }
  }

  /** Personal data and card references: print only the first and last characters. */
  private static String mask(String value) {
    if (value.length() <= 4) {
      return value.charAt(0) + "***";
    }
    int shown = value.length() >= 16 ? 4 : 2;
    return value.substring(0, shown) + "****" + value.substring(value.length() - shown);
  }
}
