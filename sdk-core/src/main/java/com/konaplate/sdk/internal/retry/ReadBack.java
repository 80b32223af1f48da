package com.konaplate.sdk.internal.retry;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.internal.http.JsonBody;
import com.konaplate.sdk.internal.http.OperationRequests;
import com.konaplate.sdk.internal.json.JsonObjectWriter;
import com.konaplate.sdk.spec.ReadBackDescriptor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Settles an ambiguous write by reading the server's state, as the operation's
 * {@code x-konaplate-read-back} says: calls the read (a call of its own, retried as reads are,
 * within what is left of the original call's deadline), finds the item the write was about and
 * tells whether its effect is visible; a refusal of the read tells it too when the descriptor
 * names its code. When the effect is visible, the fields the descriptor maps are left on the
 * call's state for its result. Generic: the operation, fields, codes and values all come from
 * the descriptor.
 */
final class ReadBack {
  /** What the read showed. */
  enum Verdict {
    /** The effect is there: the write applied. */
    VISIBLE,
    /** The item is there without the effect: the write did not apply. */
    ABSENT,
    /** The effect is accepted but not final (a pending charge): the call succeeds as pending. */
    PENDING,
    /** The operation failed for good (a failed charge): nothing was applied, outcome known. */
    FAILED,
    /** The read failed or cannot tell. */
    UNKNOWN
  }

  /** The answer body, as the read returned it. */
  private static final CallExecutor.ResultReader<JsonObject> BODY =
      (answer, state, confirmed) -> answer.body();

  private final CallExecutor executor;
  private final Function<String, OperationRequests> requestsOf;
  private final Supplier<String> correlationIds;

  ReadBack(CallExecutor executor, Function<String, OperationRequests> requestsOf,
      Supplier<String> correlationIds) {
    this.executor = executor;
    this.requestsOf = requestsOf;
    this.correlationIds = correlationIds;
  }

  /** Reads back, blocking the calling thread. */
  Verdict settle(CallState state, JsonBody body) {
    Plan plan = plan(state, body);
    if (plan == null) {
      return Verdict.UNKNOWN;
    }
    try {
      return verdict(plan, state, executor.execute(plan.requests, plan.body,
          correlationIds.get(), plan.policy, BODY));
    } catch (KonaplateException e) {
      return refused(plan, e);
    }
  }

  /** Reads back without blocking; the future never fails (a failed read is UNKNOWN). */
  CompletableFuture<Verdict> settleAsync(CallState state, JsonBody body) {
    Plan plan = plan(state, body);
    if (plan == null) {
      return CompletableFuture.completedFuture(Verdict.UNKNOWN);
    }
    return executor.executeAsync(plan.requests, plan.body, correlationIds.get(), plan.policy, BODY)
        .handle((answer, t) -> t != null ? refused(plan, unwrap(t))
            : verdict(plan, state, answer));
  }

  private static Throwable unwrap(Throwable t) {
    return t instanceof java.util.concurrent.CompletionException && t.getCause() != null
        ? t.getCause() : t;
  }

  /**
   * A read that failed: its refusal settles the write when the descriptor names the code (a
   * definitive refusal, never an outcome-unknown or transport failure); anything else is UNKNOWN.
   */
  private static Verdict refused(Plan plan, Throwable t) {
    if (!(t instanceof KonaplateApiException)) {
      return Verdict.UNKNOWN;
    }
    String code = ((KonaplateApiException) t).code();
    if (plan.readBack.visibleCodes().contains(code)) {
      return Verdict.VISIBLE;
    }
    return plan.readBack.absentCodes().contains(code) ? Verdict.ABSENT : Verdict.UNKNOWN;
  }

  /** The read to make, or null when it cannot be made (no time, no such read, no field). */
  private Plan plan(CallState state, JsonBody body) {
    ReadBackDescriptor rb = state.operation().readBack();
    long remaining = state.remainingMillis();
    OperationRequests requests = rb == null ? null : requestsOf.apply(rb.operationId());
    if (requests == null || remaining <= 0) {
      return null;
    }
    JsonObject original;
    try {
      original = JsonParser.parseString(new String(body.bytes(), StandardCharsets.UTF_8))
          .getAsJsonObject();
    } catch (RuntimeException e) {
      return null;
    }
    JsonObjectWriter read = new JsonObjectWriter();
    for (Map.Entry<String, String> f : rb.request().entrySet()) {
      JsonElement value = original.get(f.getValue());
      if (value == null || value.isJsonNull()) {
        return null;
      }
      read.json(f.getKey(), value.toString());
    }
    RetryPolicy policy = state.policy().toBuilder().deadline(Duration.ofMillis(remaining))
        .readBack(false).build();
    return new Plan(rb, original, requests, new JsonBody(read.toUtf8()), policy);
  }

  private static Verdict verdict(Plan plan, CallState state, JsonObject answer) {
    ReadBackDescriptor rb = plan.readBack;
    if (answer == null) {
      return Verdict.UNKNOWN;
    }
    JsonObject item = answer;
    if (rb.list() != null) {
      JsonElement list = answer.get(rb.list());
      if (list == null || !list.isJsonArray()) {
        return Verdict.UNKNOWN;
      }
      item = null;
      for (JsonElement e : list.getAsJsonArray()) {
        if (e.isJsonObject() && matches(e.getAsJsonObject(), rb.match(), plan.original)) {
          item = e.getAsJsonObject();
          break;
        }
      }
    }
    Verdict verdict;
    if (rb.visibleWhenAbsent()) {
      verdict = item == null ? Verdict.VISIBLE : Verdict.ABSENT;
    } else if (rb.visibleWhenAnswered()) {
      verdict = item != null ? Verdict.VISIBLE : Verdict.ABSENT;
    } else if (!rb.visibleValues().isEmpty()) {
      String status = item == null ? null : text(item.get(rb.statusField()));
      state.settledStatus(status);
      verdict = status == null ? Verdict.UNKNOWN
          : rb.visibleValues().contains(status) ? Verdict.VISIBLE
          : rb.pendingValues().contains(status) ? Verdict.PENDING
          : rb.failedValues().contains(status) ? Verdict.FAILED
          : Verdict.UNKNOWN;
    } else if (!rb.visibleCodes().isEmpty()) {
      // The effect shows as a refusal of the read; an answer shows it is not there.
      verdict = Verdict.ABSENT;
    } else {
      String status = item == null ? null : text(item.get(rb.statusField()));
      String expected = rb.statusValues().get(text(plan.original.get(rb.statusBy())));
      if (status == null || expected == null) {
        return Verdict.UNKNOWN;
      }
      verdict = status.equals(expected) ? Verdict.VISIBLE : Verdict.ABSENT;
    }
    if ((verdict == Verdict.VISIBLE || verdict == Verdict.PENDING) && item != null) {
      JsonObject data = new JsonObject();
      for (Map.Entry<String, String> r : rb.result().entrySet()) {
        JsonElement value = item.get(r.getValue());
        if (value != null && !value.isJsonNull()) {
          data.add(r.getKey(), value);
        }
      }
      Map<String, String> constants = verdict == Verdict.PENDING ? rb.pendingConstants()
          : rb.constants();
      for (Map.Entry<String, String> c : constants.entrySet()) {
        data.add(c.getKey(), JsonParser.parseString(c.getValue()));
      }
      state.confirmedData(data.toString());
    }
    return verdict;
  }

  private static boolean matches(JsonObject item, Map<String, String> match, JsonObject original) {
    for (Map.Entry<String, String> m : match.entrySet()) {
      String want = text(original.get(m.getValue()));
      if (want == null || !want.equals(text(item.get(m.getKey())))) {
        return false;
      }
    }
    return true;
  }

  /** A primitive's text (a number and its string form compare equal), else null. */
  private static String text(JsonElement e) {
    return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
  }

  private static final class Plan {
    final ReadBackDescriptor readBack;
    final JsonObject original;
    final OperationRequests requests;
    final JsonBody body;
    final RetryPolicy policy;

    Plan(ReadBackDescriptor readBack, JsonObject original, OperationRequests requests,
        JsonBody body, RetryPolicy policy) {
      this.readBack = readBack;
      this.original = original;
      this.requests = requests;
      this.body = body;
      this.policy = policy;
    }
  }
}
