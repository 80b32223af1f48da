/**
 * The SDK's unchecked exceptions. {@link com.konaplate.sdk.exception.KonaplateException} is the
 * root. {@link com.konaplate.sdk.exception.KonaplateApiException} means the API refused the
 * request with a result code and applied nothing (one subclass per code of openapi.yaml's error
 * catalog, generated); {@link com.konaplate.sdk.exception.KonaplateServiceException} covers HTTP
 * 401/403/429/5xx; connection, timeout, response, crypto and validation failures have their own
 * types. Every exception names the operation it came from.
 */
package com.konaplate.sdk.exception;
