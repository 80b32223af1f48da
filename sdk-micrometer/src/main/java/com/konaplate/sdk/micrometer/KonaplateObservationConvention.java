package com.konaplate.sdk.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names a KONA PLATE call's observation and its keys. Implement it (or extend
 * {@link DefaultKonaplateObservationConvention}) to rename or add keys; a custom convention must
 * keep personal data (member ids, PARs, card numbers) out of every key.
 */
public interface KonaplateObservationConvention
    extends ObservationConvention<KonaplateObservationContext> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof KonaplateObservationContext;
  }
}
