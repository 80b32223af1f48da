package com.konaplate.sdk.spec;

/** Where a fact of openapi.yaml comes from. */
public enum Source {
  /** An official KONA PLATE documentation page. */
  DOC,
  /** Public community code only; may be wrong. */
  COMMUNITY,
  /** A deduction where the sources are silent. */
  INFERRED
}
