package com.konaplate.sdk.spec;

/** The JSON type of a field. */
public enum FieldType {
  /** A JSON string (enums included). */
  STRING,
  /** A JSON number without a fraction, within a Java long. */
  INTEGER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A JSON object with described {@link FieldDescriptor#fields()}. */
  OBJECT,
  /** A JSON array of {@link FieldDescriptor#item()}. */
  ARRAY
}
