package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonObject;

/** What a handler decided: a result and, on success, the data fields beside the envelope. */
final class Answer {
  final Result result;
  /** The data fields, or null for an envelope-only answer. */
  final JsonObject data;
  /** The field named in a 000_002 description, or null. */
  final String field;

  private Answer(Result result, JsonObject data, String field) {
    this.result = result;
    this.data = data;
    this.field = field;
  }

  static Answer of(Result result) {
    return new Answer(result, null, null);
  }

  static Answer success(JsonObject data) {
    return new Answer(Result.SUCCESS, data, null);
  }

  static Answer invalid(String field) {
    return new Answer(Result.INVALID_INPUT, null, field);
  }

  /** A refusal whose description names {@code field} (and the rule), never a value. */
  static Answer refused(Result result, String field) {
    return new Answer(result, null, field);
  }
}
