package com.konaplate.sdk.spring.boot.autoconfigure;

import com.konaplate.sdk.KonaplateClient;

/**
 * Changes the builder of the auto-configured {@link KonaplateClient} after the
 * {@code konaplate.*} properties are applied and before {@code build()}: a clock, an OkHttp
 * client with the partner's proxy, a scheduler. Every such bean is applied, in
 * {@link org.springframework.core.Ordered} order.
 *
 * <pre>{@code
 * @Bean
 * KonaplateClientBuilderCustomizer proxy(OkHttpClient corporateHttp) {
 *   return builder -> builder.httpClient(corporateHttp);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface KonaplateClientBuilderCustomizer {

  /** Changes {@code builder}; called once, on the thread creating the client bean. */
  void customize(KonaplateClient.Builder builder);
}
