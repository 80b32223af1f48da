package com.konaplate.sdk.micrometer;

import com.konaplate.sdk.CallEvent;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.spec.ApiDescriptor;
import io.micrometer.common.KeyValues;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The default names: observation {@code konaplate.client.call}, contextual name
 * {@code konaplate <operation>}, and these keys.
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>Key</th><th>Cardinality</th><th>Values</th></tr>
 *   <tr><td>{@code konaplate.operation}</td><td>low</td><td>an operationId of openapi.yaml, e.g.
 *     {@code terminateCard}; {@code raw} for raw calls</td></tr>
 *   <tr><td>{@code konaplate.outcome}</td><td>low</td><td>{@code success}, {@code refused},
 *     {@code outcome-unknown}, {@code failed}</td></tr>
 *   <tr><td>{@code konaplate.code}</td><td>low</td><td>a result code of the catalog in
 *     openapi.yaml, {@code other} for any other code, {@code none} without one</td></tr>
 *   <tr><td>{@code konaplate.retry.class}</td><td>low</td><td>{@code read}, {@code convergent},
 *     {@code unsafe}</td></tr>
 *   <tr><td>{@code error}</td><td>low</td><td>the exception's simple class name, or
 *     {@code none}</td></tr>
 *   <tr><td>{@code konaplate.correlation.id}</td><td>high</td><td>the call's correlation
 *     id</td></tr>
 *   <tr><td>{@code konaplate.attempts}</td><td>high</td><td>attempts made</td></tr>
 *   <tr><td>{@code server.address}</td><td>high</td><td>the host called</td></tr>
 * </table>
 *
 * <p>Every low-cardinality value comes from a bounded set; nothing from a request or response
 * body. Immutable and thread-safe.
 */
public class DefaultKonaplateObservationConvention implements KonaplateObservationConvention {
  /** The observation name, the metric name {@code konaplate.client.call} with a meter handler. */
  public static final String NAME = "konaplate.client.call";

  private final Set<String> operations;
  private final Set<String> codes;

  /** Creates the convention, reading the operations and result codes of openapi.yaml. */
  public DefaultKonaplateObservationConvention() {
    ApiDescriptor api = ApiDescriptor.konaplate();
    Set<String> ops = new HashSet<>();
    api.operations().forEach(op -> ops.add(op.operationId()));
    Set<String> known = new HashSet<>(api.errorCodes().keySet());
    known.add(api.successCode());
    this.operations = Collections.unmodifiableSet(ops);
    this.codes = Collections.unmodifiableSet(known);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getContextualName(KonaplateObservationContext context) {
    return "konaplate " + operation(context.firstEvent());
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(KonaplateObservationContext context) {
    CallEvent last = context.lastEvent();
    CallOutcome outcome = context.outcome();
    KonaplateException e = context.exception();
    return KeyValues.of(
        "konaplate.operation", operation(context.firstEvent()),
        "konaplate.outcome", outcome == null ? "none" : outcome.value(),
        "konaplate.code", code(last.code()),
        "konaplate.retry.class", retryClass(context.firstEvent()),
        "error", e == null ? "none" : e.getClass().getSimpleName());
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(KonaplateObservationContext context) {
    CallEvent last = context.lastEvent();
    KeyValues values = KeyValues.of(
        "konaplate.correlation.id", String.valueOf(last.correlationId()),
        "konaplate.attempts", Integer.toString(last.attempt()));
    String host = context.firstEvent().host();
    return host == null ? values : values.and("server.address", host);
  }

  /** The operationId when openapi.yaml has it; {@code raw} for anything else. */
  protected String operation(CallEvent event) {
    String op = event.operation();
    return op != null && operations.contains(op) ? op : "raw";
  }

  /** The code when the catalog has it, {@code other} when not, {@code none} without one. */
  protected String code(String code) {
    if (code == null || code.isEmpty()) {
      return "none";
    }
    return codes.contains(code) ? code : "other";
  }

  private static String retryClass(CallEvent event) {
    return event.retryClass() == null ? "unknown"
        : event.retryClass().name().toLowerCase(Locale.ROOT);
  }
}
