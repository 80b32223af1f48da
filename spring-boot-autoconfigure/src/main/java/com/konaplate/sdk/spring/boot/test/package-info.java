/** Test support: {@link com.konaplate.sdk.spring.boot.test.AutoConfigureKonaplateSandbox}. */
package com.konaplate.sdk.spring.boot.test;
