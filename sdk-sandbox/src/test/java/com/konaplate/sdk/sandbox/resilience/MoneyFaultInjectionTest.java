package com.konaplate.sdk.sandbox.resilience;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.model.ChargeRequest;
import com.konaplate.sdk.model.ChargeResult;
import com.konaplate.sdk.model.IssueOneTimeTokenResult;
import com.konaplate.sdk.model.PaymentRequest;
import com.konaplate.sdk.model.PaymentResult;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Charges and payments (unsafe) under faults before and after the effect, each call with a
 * fresh one-time token: a charge is never applied twice and an ambiguous one is settled by the
 * result inquiry (completed, pending, failed) or ends outcome-unknown with its sequenceId; a
 * payment is never applied twice and is never reported failed when it went through. Prints how
 * many ambiguous charges the inquiry settled.
 */
class MoneyFaultInjectionTest {
  private static final int CALLS =
      Math.max(1_000, Integer.getInteger("konaplate.faultSuite.calls", 10_000) / 5);
  private static final long SEED = Long.getLong("konaplate.faultSuite.seed", 20261125L) + 20;
  private static final RetryPolicy POLICY = FaultSuite.POLICY;
  private static final Fault[] FAULTS = {
      Fault.rateLimited(0), Fault.serverError(500), Fault.serverError(503),
      Fault.serverError(504), Fault.serverErrorAfterEffect(500),
      Fault.serverErrorAfterEffect(504), Fault.notJson(), Fault.dropBeforeRequest(),
      Fault.dropAfterRequest(), Fault.delay(Duration.ofMillis(400)), Fault.truncatedBody(),
  };
  /** The member with a bank account with money and its prepaid card (default fixture). */
  private static final long MEMBER = 100000000030L;
  private static final String CARD_NO = "9491330000003001";
  private static final String MERCHANT = "410195430033901";

  static String sequenceId(int i) {
    return String.format("FSCHARGE%022d", i);
  }

  static String transactionId(int i) {
    return String.format("FSPAY%015d", i);
  }

  private static KonaplateClient client(KonaplateSandbox sandbox, RefusingSocketFactory sockets) {
    return FaultSuite.faultTolerantClient(sandbox, sockets).build();
  }

  private static KonaplateSandbox.Builder sandbox() {
    return KonaplateSandbox.builder().maxRecordedRequests(CALLS * 10)
        .effectsInArrivalOrder(false).threads(64);
  }

  @Test
  void unsafe_chargesUnderFaults_areNeverDoubledAndSettledByTheInquiry() throws Exception {
    RefusingSocketFactory sockets = new RefusingSocketFactory(SEED, 0.3);
    try (KonaplateSandbox sandbox = sandbox().start();
        KonaplateClient client = client(sandbox, sockets)) {
      FaultSuite.Driver charge = new FaultSuite.Driver() {
        @Override
        public int call(KonaplateClient c, int i, boolean async) throws Exception {
          IssueOneTimeTokenResult token = c.payments().issueOneTimeToken(CARD_NO);
          ChargeRequest request = ChargeRequest.builder().sequenceId(sequenceId(i))
              .userId(MEMBER).amount(1).oneTimeToken(token.oneTimeToken()).dcvv(token.dcvv())
              .merchantId(MERCHANT).build();
          ChargeResult r = async
              ? c.charges().fromBankAccountAsync(request).get(30, TimeUnit.SECONDS)
              : c.charges().fromBankAccount(request);
          return r.attempts();
        }

        @Override
        public boolean read() {
          return false;
        }

        @Override
        public boolean applied(KonaplateSandbox s, int i) {
          return s.effectCounts("chargeFromBankAccount").getOrDefault(sequenceId(i), 0) > 0;
        }

        @Override
        public int repeats(KonaplateSandbox s, int i, List<RecordedRequest> requests) {
          return Math.max(0,
              s.effectCounts("chargeFromBankAccount").getOrDefault(sequenceId(i), 0) - 1);
        }

        @Override
        public String key(int i) {
          return sequenceId(i);
        }
      };
      FaultSuite.run("FAULT SUITE unsafe (charge, settled by the result inquiry)", sandbox,
          client, sockets, CALLS, SEED, 0.25, FAULTS, POLICY.maxAttempts(), List.of(), charge);
    }
  }

  @Test
  void unsafe_paymentsUnderFaults_areNeverDoubledNorReportedWrongly() throws Exception {
    RefusingSocketFactory sockets = new RefusingSocketFactory(SEED + 1, 0.3);
    try (KonaplateSandbox sandbox = sandbox().start();
        KonaplateClient client = client(sandbox, sockets)) {
      FaultSuite.Driver pay = new FaultSuite.Driver() {
        @Override
        public int call(KonaplateClient c, int i, boolean async) throws Exception {
          IssueOneTimeTokenResult token = c.payments().issueOneTimeToken(CARD_NO);
          PaymentRequest request = PaymentRequest.builder().transactionId(transactionId(i))
              .oneTimeToken(token.oneTimeToken()).dcvv(token.dcvv()).amount(1L)
              .merchantId(MERCHANT).channel("OPENAPI").build();
          PaymentResult r = async
              ? c.payments().payAsync(request).get(30, TimeUnit.SECONDS)
              : c.payments().pay(request);
          return r.attempts();
        }

        @Override
        public boolean read() {
          return false;
        }

        @Override
        public boolean applied(KonaplateSandbox s, int i) {
          return s.effectCounts("pay").getOrDefault(transactionId(i), 0) > 0;
        }

        @Override
        public int repeats(KonaplateSandbox s, int i, List<RecordedRequest> requests) {
          return Math.max(0, s.effectCounts("pay").getOrDefault(transactionId(i), 0) - 1);
        }

        @Override
        public String key(int i) {
          return transactionId(i);
        }
      };
      FaultSuite.run("FAULT SUITE unsafe (payment, never reversed by the SDK)", sandbox,
          client, sockets, CALLS, SEED + 1, 0.25, FAULTS, POLICY.maxAttempts(), List.of(), pay);
    }
  }
}
