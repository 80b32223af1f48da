/** The optional {@code konaplate} health indicator: local state only, never a call. */
package com.konaplate.sdk.spring.boot.autoconfigure.health;
