package com.konaplate.sdk.benchmarks;

import com.konaplate.peer.ApiClient;
import com.konaplate.peer.ApiException;
import com.konaplate.peer.api.CardsApi;
import com.konaplate.peer.model.TerminateCardRequest;
import com.konaplate.peer.model.TerminateCardResult;
import com.konaplate.sdk.internal.auth.CorrelationIds;
import com.konaplate.sdk.internal.auth.KonaplateTimes;
import com.konaplate.sdk.internal.auth.RequestSigner;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * The peer a partner would otherwise use: the stock openapi-generator client ({@code java},
 * library {@code okhttp-gson}, stock templates) generated at build time from the same
 * openapi.yaml into {@code com.konaplate.peer}, calling terminate. The spec makes the
 * {@code X-KM-*} headers parameters of every generated method, but the token signs the exact
 * body bytes, which only exist once the generated code has serialized the body: so, as a partner
 * has to, the three per-call headers (correlation id, request time, token) are set by an OkHttp
 * interceptor that signs with the SDK's own {@link RequestSigner}, and the call passes the fixed
 * ones (ASP id, access key, time zone) as arguments.
 */
public final class StockClient {
  /** What the call passes for the headers the interceptor then sets (required non-null). */
  static final String SET_BY_INTERCEPTOR = "-";

  private final CardsApi cards;

  private StockClient(CardsApi cards) {
    this.cards = cards;
  }

  /**
   * The generated client on {@code http} (configured like the SDK's) with the signing
   * interceptor, sending to {@code serverUrl} + the plaintext base path.
   */
  public static StockClient create(String serverUrl, OkHttpClient http) {
    OkHttpClient signing = http.newBuilder().addInterceptor(new Signer(Fixtures.SECRET_KEY))
        .build();
    ApiClient apiClient = new ApiClient(signing);
    apiClient.setBasePath(serverUrl + Fixtures.PLAIN_BASE);
    return new StockClient(new CardsApi(apiClient));
  }

  /** The underlying OkHttp client (to shut it down). */
  public OkHttpClient http() {
    return cards.getApiClient().getHttpClient();
  }

  /** Terminate through the generated API, as a partner calls it. */
  public TerminateCardResult terminate(long userId, String par) throws ApiException {
    TerminateCardRequest request = new TerminateCardRequest().userId(userId).par(par);
    return cards.terminateCard(Fixtures.ASP_ID, SET_BY_INTERCEPTOR, Fixtures.ACCESS_KEY,
        SET_BY_INTERCEPTOR, SET_BY_INTERCEPTOR, "KST", request, null);
  }

  /**
   * A partner's signing interceptor: reads the body the generated code wrote, signs it with the
   * SDK's {@link RequestSigner}, sets correlation id, request time and token.
   */
  static final class Signer implements Interceptor {
    private static final ZoneId KST = ZoneId.of("Asia/Seoul");
    private final RequestSigner signer;
    private final CorrelationIds correlationIds = new CorrelationIds(new SecureRandom());

    Signer(String secretKey) {
      this.signer = new RequestSigner(secretKey);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      RequestBody body = request.body();
      Buffer buffer = new Buffer();
      if (body != null) {
        body.writeTo(buffer);
      }
      byte[] bytes = buffer.readByteArray();
      KonaplateTimes time = KonaplateTimes.of(Instant.now(), KST);
      return chain.proceed(request.newBuilder()
          .header("X-KM-Correlation-Id", correlationIds.next(time))
          .header("X-KM-Tran-Time", time.tranTime())
          .header("X-KM-Tran-Token", signer.token(bytes, time))
          .post(RequestBody.create(bytes, body == null ? null : body.contentType()))
          .build());
    }
  }
}
