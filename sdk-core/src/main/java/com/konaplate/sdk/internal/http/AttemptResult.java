package com.konaplate.sdk.internal.http;

import com.konaplate.sdk.internal.error.AttemptFailure;

/** The outcome of one attempt: an answer or a failure. */
public final class AttemptResult {
  private final ApiAnswer answer;
  private final AttemptFailure failure;

  private AttemptResult(ApiAnswer answer, AttemptFailure failure) {
    this.answer = answer;
    this.failure = failure;
  }

  /** A success. */
  public static AttemptResult success(ApiAnswer answer) {
    return new AttemptResult(answer, null);
  }

  /** A failure. */
  public static AttemptResult failure(AttemptFailure failure) {
    return new AttemptResult(null, failure);
  }

  /** The answer, or null on failure. */
  public ApiAnswer answer() {
    return answer;
  }

  /** The failure, or null on success. */
  public AttemptFailure failure() {
    return failure;
  }
}
