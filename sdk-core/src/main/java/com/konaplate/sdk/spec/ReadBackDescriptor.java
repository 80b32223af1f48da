package com.konaplate.sdk.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How a read settles an ambiguous attempt of an operation ({@code x-konaplate-read-back}): which
 * read to call with which fields of the original request, which list of its answer to search for
 * the item the request is about (or none: the answer is the item), what shows the effect, and
 * which fields of the read fill the result of a call it confirms. Immutable.
 */
public final class ReadBackDescriptor {
  private final String operationId;
  private final Map<String, String> request;
  private final String list;
  private final Map<String, String> match;
  private final boolean visibleWhenAbsent;
  private final String statusField;
  private final String statusBy;
  private final Map<String, String> statusValues;
  private final boolean visibleWhenAnswered;
  private final Set<String> visibleCodes;
  private final Set<String> absentCodes;
  private final Map<String, String> result;
  private final Set<String> visibleValues;
  private final Set<String> pendingValues;
  private final Set<String> failedValues;
  private final Map<String, String> constants;
  private final Map<String, String> pendingConstants;

  private ReadBackDescriptor(Builder b) {
    this.operationId = b.operationId;
    this.request = Collections.unmodifiableMap(new LinkedHashMap<>(b.request));
    this.list = b.list;
    this.match = Collections.unmodifiableMap(new LinkedHashMap<>(b.match));
    this.visibleWhenAbsent = b.visibleWhenAbsent;
    this.statusField = b.statusField;
    this.statusBy = b.statusBy;
    this.statusValues = Collections.unmodifiableMap(new LinkedHashMap<>(b.statusValues));
    this.visibleWhenAnswered = b.visibleWhenAnswered;
    this.visibleCodes = Collections.unmodifiableSet(new LinkedHashSet<>(b.visibleCodes));
    this.absentCodes = Collections.unmodifiableSet(new LinkedHashSet<>(b.absentCodes));
    this.result = Collections.unmodifiableMap(new LinkedHashMap<>(b.result));
    this.visibleValues = Collections.unmodifiableSet(new LinkedHashSet<>(b.visibleValues));
    this.pendingValues = Collections.unmodifiableSet(new LinkedHashSet<>(b.pendingValues));
    this.failedValues = Collections.unmodifiableSet(new LinkedHashSet<>(b.failedValues));
    this.constants = Collections.unmodifiableMap(new LinkedHashMap<>(b.constants));
    this.pendingConstants = Collections.unmodifiableMap(new LinkedHashMap<>(b.pendingConstants));
  }

  static Builder builder(String operationId) {
    return new Builder(operationId);
  }

  /** The read to call, e.g. {@code searchCards}. */
  public String operationId() {
    return operationId;
  }

  /** The read's request: its field name to the original request's field name. */
  public Map<String, String> request() {
    return request;
  }

  /** The array field of the read's answer that lists the items, or null: the answer is the item. */
  public String list() {
    return list;
  }

  /** How the item is found: its field name to the original request's field name. */
  public Map<String, String> match() {
    return match;
  }

  /** True when the effect is the item no longer being listed (a discarded card). */
  public boolean visibleWhenAbsent() {
    return visibleWhenAbsent;
  }

  /** The item's field that shows the effect, or null when absence shows it. */
  public String statusField() {
    return statusField;
  }

  /** The original request's field whose value decides the expected status, or null. */
  public String statusBy() {
    return statusBy;
  }

  /** The expected status per value of {@link #statusBy()}. */
  public Map<String, String> statusValues() {
    return statusValues;
  }

  /** True when the read answering at all shows the effect (a member found by its CI). */
  public boolean visibleWhenAnswered() {
    return visibleWhenAnswered;
  }

  /** The read's refusals that show the effect (a withdrawn member no longer found). */
  public Set<String> visibleCodes() {
    return visibleCodes;
  }

  /** The read's refusals that show the effect absent (no member with that CI). */
  public Set<String> absentCodes() {
    return absentCodes;
  }

  /** The result's field name to the read's field that fills it when the read confirms a call. */
  public Map<String, String> result() {
    return result;
  }

  /**
   * The values of {@link #statusField()} that show the effect whatever the request said (a
   * charge's result {@code COMPLETED}); empty when {@link #statusBy()} decides.
   */
  public Set<String> visibleValues() {
    return visibleValues;
  }

  /**
   * The values of {@link #statusField()} that show the effect accepted but not final (a charge
   * {@code PENDING}): the call succeeds with {@link #pendingConstants()} in its result.
   */
  public Set<String> pendingValues() {
    return pendingValues;
  }

  /**
   * The values of {@link #statusField()} that show the operation failed for good (a charge
   * {@code FAILED}): nothing was applied, and the call fails with that outcome known.
   */
  public Set<String> failedValues() {
    return failedValues;
  }

  /** Result fields (to their JSON values) of a call the read-back confirmed. */
  public Map<String, String> constants() {
    return constants;
  }

  /** Result fields (to their JSON values) of a call the read-back found pending. */
  public Map<String, String> pendingConstants() {
    return pendingConstants;
  }

  @Override
  public String toString() {
    return "ReadBack{" + operationId + (list == null ? "" : " " + list) + "}";
  }

  static final class Builder {
    private final String operationId;
    private final Map<String, String> request = new LinkedHashMap<>();
    private String list;
    private final Map<String, String> match = new LinkedHashMap<>();
    private boolean visibleWhenAbsent;
    private String statusField;
    private String statusBy;
    private final Map<String, String> statusValues = new LinkedHashMap<>();
    private boolean visibleWhenAnswered;
    private final Set<String> visibleCodes = new LinkedHashSet<>();
    private final Set<String> absentCodes = new LinkedHashSet<>();
    private final Map<String, String> result = new LinkedHashMap<>();
    private final Set<String> visibleValues = new LinkedHashSet<>();
    private final Set<String> pendingValues = new LinkedHashSet<>();
    private final Set<String> failedValues = new LinkedHashSet<>();
    private final Map<String, String> constants = new LinkedHashMap<>();
    private final Map<String, String> pendingConstants = new LinkedHashMap<>();

    private Builder(String operationId) {
      this.operationId = operationId;
    }

    Builder request(String readField, String requestField) {
      request.put(readField, requestField);
      return this;
    }

    Builder list(String list) {
      this.list = list;
      return this;
    }

    Builder match(String itemField, String requestField) {
      match.put(itemField, requestField);
      return this;
    }

    Builder visibleWhenAbsent() {
      this.visibleWhenAbsent = true;
      return this;
    }

    Builder visibleWhen(String statusField, String by) {
      this.statusField = statusField;
      this.statusBy = by;
      return this;
    }

    Builder value(String requestValue, String status) {
      statusValues.put(requestValue, status);
      return this;
    }

    Builder visibleWhenAnswered() {
      this.visibleWhenAnswered = true;
      return this;
    }

    Builder visibleOnCode(String code) {
      visibleCodes.add(code);
      return this;
    }

    Builder absentOnCode(String code) {
      absentCodes.add(code);
      return this;
    }

    Builder result(String resultField, String readField) {
      result.put(resultField, readField);
      return this;
    }

    Builder visibleWhenValue(String statusField, String value) {
      this.statusField = statusField;
      visibleValues.add(value);
      return this;
    }

    Builder pendingWhenValue(String value) {
      pendingValues.add(value);
      return this;
    }

    Builder failedWhenValue(String value) {
      failedValues.add(value);
      return this;
    }

    Builder constant(String resultField, String json) {
      constants.put(resultField, json);
      return this;
    }

    Builder pendingConstant(String resultField, String json) {
      pendingConstants.put(resultField, json);
      return this;
    }

    ReadBackDescriptor build() {
      return new ReadBackDescriptor(this);
    }
  }
}
