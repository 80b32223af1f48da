package com.konaplate.sdk.spec;

/** A result code an operation's page documents, with what it means for that operation. */
public final class DocumentedError {
  private final String code;
  private final String description;

  DocumentedError(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The result code, {@code NNN_NNN}. */
  public String code() {
    return code;
  }

  /** What the code means for the operation. */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return code + " " + description;
  }
}
