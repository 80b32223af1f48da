package com.konaplate.sdk.benchmarks;

import com.konaplate.sdk.internal.auth.CorrelationIds;
import com.konaplate.sdk.internal.auth.KonaplateTimes;
import com.konaplate.sdk.internal.auth.RequestSigner;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 5. Signing alone: the header values the SDK computes per call for one body, with the SDK's own
 * internal classes (the same ones its interceptor calls): the request time in the configured
 * zone, the correlation id, {@code X-KM-Tran-Token} and {@code X-KM-Tran-Time}. The bare HMAC
 * is measured beside it for reference.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SigningBenchmark {

  @State(Scope.Thread)
  public static class Signer {
    final Clock clock = Clock.systemUTC();
    final ZoneId zone = ZoneId.of("Asia/Seoul");
    final RequestSigner signer = new RequestSigner(Fixtures.SECRET_KEY);
    final CorrelationIds correlationIds = new CorrelationIds(new SecureRandom());
    Mac mac;

    @Setup(Level.Trial)
    public void prepare() throws GeneralSecurityException {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Fixtures.SECRET_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          "HmacSHA256"));
    }
  }

  @Benchmark
  public void signing(Signer s, Blackhole bh) {
    KonaplateTimes time = KonaplateTimes.of(s.clock.instant(), s.zone);
    bh.consume(s.correlationIds.next(time));
    bh.consume(s.signer.token(Fixtures.REQUEST_JSON, time));
    bh.consume(time.tranTime());
  }

  /** HMAC-SHA256 of the body with a ready Mac: what signing cannot go below. */
  @Benchmark
  public byte[] hmacOnly(Signer s) {
    return s.mac.doFinal(Fixtures.REQUEST_JSON);
  }
}
