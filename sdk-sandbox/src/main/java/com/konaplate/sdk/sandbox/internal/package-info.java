/**
 * The sandbox's machinery: the emulation engine (independent of any HTTP server), the fixture
 * state, the fault plan and the JDK HttpServer front end. Not a public API; it may change in any
 * release.
 */
package com.konaplate.sdk.sandbox.internal;
