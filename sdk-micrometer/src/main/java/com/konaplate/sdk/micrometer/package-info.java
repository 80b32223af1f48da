/**
 * Micrometer Observations of KONA PLATE calls: {@link
 * com.konaplate.sdk.micrometer.KonaplateObservationListener} records one observation per call
 * (a timer with a meter handler, a span with a tracing handler) with low-cardinality keys only,
 * and never a member id, PAR, card number, key or any other request or response content.
 */
package com.konaplate.sdk.micrometer;
