package com.konaplate.sdk.sandbox.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.model.ActivateDormantMemberRequest;
import com.konaplate.sdk.model.AddressInfo;
import com.konaplate.sdk.model.CheckRegistrationIdRequest;
import com.konaplate.sdk.model.GetMemberInfoResult;
import com.konaplate.sdk.model.RegisterMemberRequest;
import com.konaplate.sdk.model.RegisterMemberResult;
import com.konaplate.sdk.model.TermsConsent;
import com.konaplate.sdk.model.UpdateTermsAgreementRequest;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Personal data never leaves the SDK in text: every member operation, successes and refusals,
 * runs with TRACE logging and body logging on, and no value of a field openapi.yaml flags
 * {@code x-konaplate-sensitive} (CI, login id, password, birth date, name, phone, e-mail,
 * address, card number, PAR) appears in a log line (the SDK's or the sandbox's), a result's
 * {@code toString()}, or an exception's message; encrypted bodies are logged by length only.
 */
class PersonalDataTest {
  private static final String CI = "CIPersonal" + repeat('Q', 78);
  private static final String LOGIN_ID = "hong.gilsun.private@example.com";
  private static final String PASSWORD = "975318";
  private static final String BIRTH_DATE = "19870423";
  private static final String NAME = "홍길순비밀";
  private static final String MOBILE = "01098761234";
  private static final String EMAIL = "gilsun.mail.private@example.org";
  private static final String ADDRESS = "서울특별시 비밀구 개인로 77";
  private static final String ADDRESS_DETAIL = "비밀동 1203호";
  private static final String ZIP = "06178";

  private final Logger logger = (Logger) LoggerFactory.getLogger("com.konaplate.sdk");
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private Level previous;
  private final List<String> texts = new ArrayList<>();
  private int failures;

  private static String repeat(char c, int n) {
    char[] a = new char[n];
    Arrays.fill(a, c);
    return new String(a);
  }

  @BeforeEach
  void captureEverything() {
    previous = logger.getLevel();
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.TRACE);
    logger.setAdditive(false);
  }

  @AfterEach
  void restore() {
    logger.detachAppender(appender);
    logger.setLevel(previous);
    logger.setAdditive(true);
  }

  /** Runs {@code call}, keeping its result's toString() or its exception's text. */
  private <T> T keep(Supplier<T> call) {
    try {
      T result = call.get();
      texts.add(String.valueOf(result));
      return result;
    } catch (KonaplateException e) {
      failures++;
      keepException(e);
      return null;
    }
  }

  private void keepException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      texts.add(t.toString());
      texts.add(String.valueOf(t.getMessage()));
      for (Throwable s : t.getSuppressed()) {
        keepException(s);
      }
    }
  }

  @Test
  void everyMemberOperation_withTraceAndBodyLogging_leaksNoPersonalData() {
    List<String> sensitive = new ArrayList<>(Arrays.asList(CI, LOGIN_ID, PASSWORD, BIRTH_DATE,
        NAME, MOBILE, EMAIL, ADDRESS, ADDRESS_DETAIL, ZIP));
    int refusals = 0;
    try (KonaplateSandbox sandbox = KonaplateSandbox.start();
        KonaplateClient client = sandbox.clientBuilder().logBodies(true).build()) {
      RegisterMemberRequest registration = RegisterMemberRequest.builder().ci(CI)
          .loginId(LOGIN_ID).loginPassword(PASSWORD).birthDate(BIRTH_DATE).nationality("Korean")
          .gender("Female").userName(NAME).mobileNumber(MOBILE).email(EMAIL)
          .addressInfo(AddressInfo.builder().address(ADDRESS).addressDetail(ADDRESS_DETAIL)
              .zipCode(ZIP).build())
          .joinChannel("OPENAPI").tcIdList(Arrays.asList("29184", "29186")).build();
      texts.add(registration.toString());
      RegisterMemberResult registered = keep(() -> client.members().register(registration));
      long userId = registered.userId();
      sensitive.add(registered.basicCardInfo().cardNo());
      sensitive.add(registered.basicCardInfo().par());
      sensitive.add(registered.basicCardInfo().expiryDate());

      GetMemberInfoResult info = keep(() -> client.members().info(userId));
      assertEquals(NAME, info.userInfo().userName(), "the accessor gives the data itself");
      assertEquals(MOBILE, info.userInfo().mobileNumber());
      keep(() -> client.members().terms(userId));
      keep(() -> client.members().updateTerms(UpdateTermsAgreementRequest.builder().userId(userId)
          .tcList(Collections.singletonList(TermsConsent.builder().tcId(601151L).isAgree(true)
              .build())).build()));
      keep(() -> client.members().findLoginId(CI));
      keep(() -> client.members().findByCi(CI));
      keep(() -> client.members().checkRegistrationId(CheckRegistrationIdRequest.builder()
          .userId(userId).loginId(LOGIN_ID).build()));
      keep(() -> client.members().verifyPassword(LOGIN_ID, PASSWORD));
      keep(() -> client.members().authStatus(userId));
      keep(() -> client.cards().search(userId));

      // Refusals: the server's answer to personal data must not carry it into a message.
      int before = failures;
      keep(() -> client.members().register(registration));
      keep(() -> client.members().checkLoginId(LOGIN_ID));
      keep(() -> client.members().verifyPassword(LOGIN_ID, "000000"));
      keep(() -> client.members().activateDormant(ActivateDormantMemberRequest.builder().ci(CI)
          .userName(NAME).birthDate(BIRTH_DATE).gender("Female").build()));
      refusals = failures - before;

      // Bad input is refused before any I/O, naming the field and the rule, never the value.
      KonaplateException invalid = assertThrows(KonaplateException.class,
          () -> client.members().register(registration.toBuilder().birthDate(BIRTH_DATE + "9")
              .build()));
      keepException(invalid);
      assertTrue(invalid.getMessage().contains("birthDate"), invalid.getMessage());

      keep(() -> client.members().unregister(userId));
    }
    assertEquals(4, refusals);

    List<String> lines = new ArrayList<>();
    for (ILoggingEvent e : appender.list) {
      lines.add(e.getFormattedMessage());
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        lines.add(t.getMessage());
      }
    }
    assertFalse(lines.isEmpty());
    assertTrue(lines.stream().anyMatch(l -> l.contains("registerMember")),
        "the calls were logged");
    List<String> leaks = new ArrayList<>();
    for (String value : sensitive) {
      for (String line : lines) {
        if (line != null && line.contains(value)) {
          leaks.add("log line shows a sensitive value: " + line);
        }
      }
      for (String text : texts) {
        if (text.contains(value)) {
          leaks.add("toString()/message shows a sensitive value: " + text);
        }
      }
    }
    for (String line : lines) {
      // A JWE compact serialization starts with the Base64url of '{"': an encrypted body is
      // logged by its length only.
      if (line != null && line.contains("eyJ")) {
        leaks.add("log line shows an encrypted body: " + line);
      }
    }
    assertEquals(Collections.emptyList(), leaks);
  }
}
