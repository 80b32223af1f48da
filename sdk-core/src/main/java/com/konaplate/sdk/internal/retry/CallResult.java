package com.konaplate.sdk.internal.retry;

import com.konaplate.sdk.internal.http.ApiAnswer;
import java.time.Duration;

/** A successful call: the answer with its attempts and elapsed time. */
public final class CallResult {
  private final ApiAnswer answer;
  private final int attempts;
  private final Duration elapsed;

  CallResult(ApiAnswer answer, int attempts, Duration elapsed) {
    this.answer = answer;
    this.attempts = attempts;
    this.elapsed = elapsed;
  }

  /** The answer. */
  public ApiAnswer answer() {
    return answer;
  }

  /** The attempts made. */
  public int attempts() {
    return attempts;
  }

  /** Time from start to answer. */
  public Duration elapsed() {
    return elapsed;
  }
}
