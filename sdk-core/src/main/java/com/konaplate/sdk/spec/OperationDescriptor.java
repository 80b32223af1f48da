package com.konaplate.sdk.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One operation of openapi.yaml: where it lives, how it may be retried, what it carries. */
public final class OperationDescriptor {
  private final String operationId;
  private final String group;
  private final String method;
  private final String summary;
  private final String path;
  private final RetryClass retryClass;
  private final boolean encryptRequest;
  private final boolean encryptResponse;
  private final Source source;
  private final Set<String> replayCodes;
  private final List<DocumentedError> errors;
  private final List<FieldDescriptor> requestFields;
  private final List<String> requireOneOf;
  private final List<FieldDescriptor> responseFields;
  private final ReadBackDescriptor readBack;
  private final List<OperationExample> examples;
  private final Map<String, Sensitivity> sensitiveFields;
  private final String sequenceField;
  private final int sequenceLength;
  private final TokenDescriptor token;
  private final String tokenField;

  private OperationDescriptor(Builder b) {
    this.operationId = b.operationId;
    this.group = b.group;
    this.method = b.method;
    this.summary = b.summary;
    this.path = b.path;
    this.retryClass = b.retryClass;
    this.encryptRequest = b.encryptRequest;
    this.encryptResponse = b.encryptResponse;
    this.source = b.source;
    this.replayCodes = Collections.unmodifiableSet(new LinkedHashSet<>(b.replayCodes));
    this.errors = Collections.unmodifiableList(new ArrayList<>(b.errors));
    this.requestFields = Collections.unmodifiableList(new ArrayList<>(b.requestFields));
    this.requireOneOf = Collections.unmodifiableList(new ArrayList<>(b.requireOneOf));
    this.responseFields = Collections.unmodifiableList(new ArrayList<>(b.responseFields));
    this.readBack = b.readBack;
    this.examples = Collections.unmodifiableList(new ArrayList<>(b.examples));
    Map<String, Sensitivity> sensitive = new LinkedHashMap<>();
    collectSensitive(requestFields, sensitive);
    collectSensitive(responseFields, sensitive);
    this.sensitiveFields = Collections.unmodifiableMap(sensitive);
    this.sequenceField = b.sequenceField;
    this.sequenceLength = b.sequenceLength;
    this.token = b.token;
    this.tokenField = b.tokenField;
  }

  static Builder builder(String operationId) {
    return new Builder(operationId);
  }

  /**
   * An operation openapi.yaml does not describe, for a raw call: a POST to {@code path} with the
   * given retry class and encryption flags, no fields, no documented codes.
   */
  public static OperationDescriptor raw(String path, RetryClass retryClass,
      boolean encryptRequest, boolean encryptResponse) {
    return builder("raw " + path).group("raw").method("call").summary("Raw call to " + path)
        .path(path).retryClass(retryClass).encryption(encryptRequest, encryptResponse)
        .source(Source.INFERRED).build();
  }

  private static void collectSensitive(List<FieldDescriptor> fields, Map<String, Sensitivity> out) {
    for (FieldDescriptor f : fields) {
      if (f.sensitivity() != Sensitivity.NONE && out.get(f.name()) != Sensitivity.HIDDEN) {
        out.put(f.name(), f.sensitivity());
      }
      collectSensitive(f.fields(), out);
      if (f.item() != null) {
        collectSensitive(f.item().fields(), out);
      }
    }
  }

  /** The operationId, e.g. {@code terminateCard}. */
  public String operationId() {
    return operationId;
  }

  /** The client group that offers it, e.g. {@code cards}. */
  public String group() {
    return group;
  }

  /** The method name on its group, e.g. {@code terminate}. */
  public String method() {
    return method;
  }

  /** The operation's title in the docs, e.g. {@code Discarding a Card}. */
  public String summary() {
    return summary;
  }

  /** The HTTP method; every KONA PLATE operation is {@code POST}. */
  public String httpMethod() {
    return "POST";
  }

  /** The path below the base URL, e.g. {@code /api/v1/card/terminate}. */
  public String path() {
    return path;
  }

  /** What a repeat does, so what the SDK may resend. */
  public RetryClass retryClass() {
    return retryClass;
  }

  /** True when the docs flag the request for JWE encryption. */
  public boolean encryptRequest() {
    return encryptRequest;
  }

  /** True when the docs flag the response for JWE encryption. */
  public boolean encryptResponse() {
    return encryptResponse;
  }

  /** Where the operation is known from. */
  public Source source() {
    return source;
  }

  /** Refusals that a replay of the operation's own effect would produce (convergent only). */
  public Set<String> replayCodes() {
    return replayCodes;
  }

  /** The result codes its page documents, with their meaning there. */
  public List<DocumentedError> errors() {
    return errors;
  }

  /** True when its page documents {@code code}. */
  public boolean documents(String code) {
    for (DocumentedError e : errors) {
      if (e.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  /** The request's fields. */
  public List<FieldDescriptor> requestFields() {
    return requestFields;
  }

  /** Request fields of which at least one must be set; empty when there is no such rule. */
  public List<String> requireOneOf() {
    return requireOneOf;
  }

  /** The response's data fields (the envelope not included). */
  public List<FieldDescriptor> responseFields() {
    return responseFields;
  }

  /** How a read settles an ambiguous attempt, or null when no read can. */
  public ReadBackDescriptor readBack() {
    return readBack;
  }

  /** The documented cases of the spec. */
  public List<OperationExample> examples() {
    return examples;
  }

  /**
   * Every sensitive field name of the request and response, nested ones included, with how it
   * may be shown (hidden wins when a name is both).
   */
  public Map<String, Sensitivity> sensitiveFields() {
    return sensitiveFields;
  }

  /**
   * The request field that carries the caller's unique id of the transaction
   * ({@code x-konaplate-sequence}: a charge's {@code sequenceId}), which the SDK makes when the
   * caller gives none and keeps across attempts; null for other operations.
   */
  public String sequenceField() {
    return sequenceField;
  }

  /** The length of the ids the SDK makes for {@link #sequenceField()}; 0 without one. */
  public int sequenceLength() {
    return sequenceLength;
  }

  /** The short-lived token the operation issues ({@code x-konaplate-token}), or null. */
  public TokenDescriptor token() {
    return token;
  }

  /**
   * The request field that carries a token another operation issued
   * ({@code x-konaplate-token-field}); the SDK never sends it once expired. Null without one.
   */
  public String tokenField() {
    return tokenField;
  }

  @Override
  public String toString() {
    return operationId + " (POST " + path + ", " + retryClass + ")";
  }

  static final class Builder {
    private final String operationId;
    private String group;
    private String method;
    private String summary;
    private String path;
    private RetryClass retryClass;
    private boolean encryptRequest;
    private boolean encryptResponse;
    private Source source = Source.DOC;
    private final List<String> replayCodes = new ArrayList<>();
    private final List<DocumentedError> errors = new ArrayList<>();
    private final List<FieldDescriptor> requestFields = new ArrayList<>();
    private final List<String> requireOneOf = new ArrayList<>();
    private final List<FieldDescriptor> responseFields = new ArrayList<>();
    private ReadBackDescriptor readBack;
    private final List<OperationExample> examples = new ArrayList<>();
    private String sequenceField;
    private int sequenceLength;
    private TokenDescriptor token;
    private String tokenField;

    private Builder(String operationId) {
      this.operationId = operationId;
    }

    Builder group(String group) {
      this.group = group;
      return this;
    }

    Builder method(String method) {
      this.method = method;
      return this;
    }

    Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    Builder path(String path) {
      this.path = path;
      return this;
    }

    Builder retryClass(RetryClass retryClass) {
      this.retryClass = retryClass;
      return this;
    }

    Builder encryption(boolean request, boolean response) {
      this.encryptRequest = request;
      this.encryptResponse = response;
      return this;
    }

    Builder source(Source source) {
      this.source = source;
      return this;
    }

    Builder replayCode(String code) {
      replayCodes.add(code);
      return this;
    }

    Builder error(String code, String description) {
      errors.add(new DocumentedError(code, description));
      return this;
    }

    Builder requestField(FieldDescriptor f) {
      requestFields.add(f);
      return this;
    }

    Builder requireOneOf(String name) {
      requireOneOf.add(name);
      return this;
    }

    Builder responseField(FieldDescriptor f) {
      responseFields.add(f);
      return this;
    }

    Builder readBack(ReadBackDescriptor readBack) {
      this.readBack = readBack;
      return this;
    }

    Builder example(String name, String summary, String requestJson, int httpStatus,
        String responseJson) {
      examples.add(new OperationExample(name, summary, requestJson, httpStatus, responseJson));
      return this;
    }

    Builder sequence(String field, int length) {
      this.sequenceField = field;
      this.sequenceLength = length;
      return this;
    }

    Builder token(String field, String validity, String by, String... valuesAndValidities) {
      Map<String, java.time.Duration> byValue = new LinkedHashMap<>();
      for (int i = 0; i + 1 < valuesAndValidities.length; i += 2) {
        byValue.put(valuesAndValidities[i], java.time.Duration.parse(valuesAndValidities[i + 1]));
      }
      this.token = new TokenDescriptor(field, java.time.Duration.parse(validity), by, byValue);
      return this;
    }

    Builder tokenField(String field) {
      this.tokenField = field;
      return this;
    }

    OperationDescriptor build() {
      return new OperationDescriptor(this);
    }
  }
}
