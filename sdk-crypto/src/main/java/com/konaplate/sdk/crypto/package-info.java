/**
 * JWE message encryption for the KONA PLATE SDK: {@link com.konaplate.sdk.crypto.JweEncryption}
 * plugs into the core client as its {@link com.konaplate.sdk.spi.PayloadEncryptor}, and
 * {@link com.konaplate.sdk.crypto.RsaKeys} reads the keys partners receive.
 *
 * <p>Everything in {@code com.konaplate.sdk.crypto.internal} is an implementation detail and may
 * change without notice.
 */
package com.konaplate.sdk.crypto;
