package com.konaplate.sdk.exception;

/**
 * The request was refused before any network I/O because a field breaks a rule of the API.
 * Nothing was sent.
 */
public class RequestValidationException extends KonaplateException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;

  /** Creates the exception for a field and the rule it breaks. */
  public RequestValidationException(String field, String rule) {
    super(field + ": " + rule, ErrorDetails.builder().build());
    this.field = field;
    this.rule = rule;
  }

  /** The name of the offending field, as the API spells it. */
  public String field() {
    return field;
  }

  /** The rule the field breaks, in words. */
  public String rule() {
    return rule;
  }
}
