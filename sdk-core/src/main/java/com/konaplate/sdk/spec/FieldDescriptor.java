package com.konaplate.sdk.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One field of a request or response as openapi.yaml describes it. Immutable. */
public final class FieldDescriptor {
  private final String name;
  private final FieldType type;
  private final boolean required;
  private final Integer minLength;
  private final Integer maxLength;
  private final Long minimum;
  private final Long maximum;
  private final String pattern;
  private final Integer minItems;
  private final Integer maxItems;
  private final List<String> enumValues;
  private final Sensitivity sensitivity;
  private final Source source;
  private final List<FieldDescriptor> fields;
  private final FieldDescriptor item;

  private FieldDescriptor(Builder b) {
    this.name = b.name;
    this.type = b.type;
    this.required = b.required;
    this.minLength = b.minLength;
    this.maxLength = b.maxLength;
    this.minimum = b.minimum;
    this.maximum = b.maximum;
    this.pattern = b.pattern;
    this.minItems = b.minItems;
    this.maxItems = b.maxItems;
    this.enumValues = Collections.unmodifiableList(new ArrayList<>(b.enumValues));
    this.sensitivity = b.sensitivity;
    this.source = b.source;
    this.fields = Collections.unmodifiableList(new ArrayList<>(b.fields));
    this.item = b.item;
  }

  static Builder builder(String name, FieldType type) {
    return new Builder(name, type);
  }

  /** The JSON name. */
  public String name() {
    return name;
  }

  /** The JSON type. */
  public FieldType type() {
    return type;
  }

  /** True when the field must be present. */
  public boolean required() {
    return required;
  }

  /** The least length of a string, or null. */
  public Integer minLength() {
    return minLength;
  }

  /** The greatest length of a string, or null. */
  public Integer maxLength() {
    return maxLength;
  }

  /** The least value of an integer, or null. */
  public Long minimum() {
    return minimum;
  }

  /** The greatest value of an integer, or null. */
  public Long maximum() {
    return maximum;
  }

  /** The regular expression a string matches, or null. */
  public String pattern() {
    return pattern;
  }

  /** The least size of an array, or null. */
  public Integer minItems() {
    return minItems;
  }

  /** The greatest size of an array, or null. */
  public Integer maxItems() {
    return maxItems;
  }

  /** The documented values of an enum string; empty for other fields. */
  public List<String> enumValues() {
    return enumValues;
  }

  /** How the value may be shown. */
  public Sensitivity sensitivity() {
    return sensitivity;
  }

  /** Where the field is known from. */
  public Source source() {
    return source;
  }

  /** The fields of an object; empty for other types. */
  public List<FieldDescriptor> fields() {
    return fields;
  }

  /** The element of an array, or null. */
  public FieldDescriptor item() {
    return item;
  }

  @Override
  public String toString() {
    return name + ":" + type + (required ? " required" : "");
  }

  static final class Builder {
    private final String name;
    private final FieldType type;
    private boolean required;
    private Integer minLength;
    private Integer maxLength;
    private Long minimum;
    private Long maximum;
    private String pattern;
    private Integer minItems;
    private Integer maxItems;
    private final List<String> enumValues = new ArrayList<>();
    private Sensitivity sensitivity = Sensitivity.NONE;
    private Source source = Source.DOC;
    private final List<FieldDescriptor> fields = new ArrayList<>();
    private FieldDescriptor item;

    private Builder(String name, FieldType type) {
      this.name = name;
      this.type = type;
    }

    Builder required() {
      this.required = true;
      return this;
    }

    Builder length(Integer min, Integer max) {
      this.minLength = min;
      this.maxLength = max;
      return this;
    }

    Builder range(Long min, Long max) {
      this.minimum = min;
      this.maximum = max;
      return this;
    }

    Builder pattern(String pattern) {
      this.pattern = pattern;
      return this;
    }

    Builder items(Integer min, Integer max) {
      this.minItems = min;
      this.maxItems = max;
      return this;
    }

    Builder enumValue(String value) {
      enumValues.add(value);
      return this;
    }

    Builder sensitivity(Sensitivity sensitivity) {
      this.sensitivity = sensitivity;
      return this;
    }

    Builder source(Source source) {
      this.source = source;
      return this;
    }

    Builder field(FieldDescriptor field) {
      fields.add(field);
      return this;
    }

    Builder item(FieldDescriptor item) {
      this.item = item;
      return this;
    }

    FieldDescriptor build() {
      return new FieldDescriptor(this);
    }
  }
}
