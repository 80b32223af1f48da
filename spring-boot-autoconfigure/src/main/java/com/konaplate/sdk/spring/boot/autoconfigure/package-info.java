/**
 * Spring Boot auto-configuration of the KONA PLATE Java SDK: a {@code KonaplateClient} bean
 * from the {@code konaplate.*} properties ({@link
 * com.konaplate.sdk.spring.boot.autoconfigure.KonaplateProperties}), builder customizers, and
 * Micrometer observations when an {@code ObservationRegistry} exists.
 */
package com.konaplate.sdk.spring.boot.autoconfigure;
