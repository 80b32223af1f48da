/**
 * The KONA PLATE Java SDK: {@link com.konaplate.sdk.KonaplateClient} and its request, result and
 * configuration types. Everything under {@code com.konaplate.sdk.internal} is an implementation
 * detail and may change in any release.
 */
package com.konaplate.sdk;
