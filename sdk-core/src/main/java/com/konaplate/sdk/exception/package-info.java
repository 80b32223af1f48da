/**
 * The SDK's unchecked exceptions. {@link com.konaplate.sdk.exception.KonaplateException} is the
 * root; {@link com.konaplate.sdk.exception.KonaplateApiException} and its subclasses carry the
 * server's result code.
 */
package com.konaplate.sdk.exception;
