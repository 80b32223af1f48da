/**
 * A local KONA PLATE sandbox: {@link com.konaplate.sdk.sandbox.KonaplateSandbox} (the server),
 * its fixture, message encryption ({@link com.konaplate.sdk.sandbox.SandboxCryptoKey}), fault
 * injection and recorded requests, the JUnit 5 extension
 * ({@link com.konaplate.sdk.sandbox.KonaplateSandboxTest}) and a standalone launcher
 * ({@link com.konaplate.sdk.sandbox.KonaplateSandboxMain}).
 */
package com.konaplate.sdk.sandbox;
