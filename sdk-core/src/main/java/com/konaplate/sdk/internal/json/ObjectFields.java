package com.konaplate.sdk.internal.json;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The members of one object type of a response, and the one loop that reads any of them: each
 * generated reader describes its members here once and takes their values from
 * {@link #read(JsonReader, String)} in declaration order. A described member is read as its
 * kind says ({@link ResponseFields}' rules), a member given twice is refused, the undescribed
 * ones are kept as raw JSON, and a required one missing (or JSON null) fails after the loop.
 *
 * <p>Why one shared loop rather than a loop generated per type: the readers of every answer
 * then run the same compiled code, a few hundred bytes, where a generated loop per type compiles
 * to kilobytes each (a switch with every member's reading inlined: about 25 KB for a
 * transaction), which the JIT must compile type by type and a thread woken by its answer must
 * fetch again into its caches. A name is matched against the member expected next (answers list
 * their members in order) before the others, by {@code equals}, never hashed: Gson makes a new
 * string for every name, so no hash is ever cached.
 * Immutable and thread-safe.
 */
public final class ObjectFields {
  private static final byte STRING = 0;
  private static final byte INTEGER = 1;
  private static final byte BOOLEAN = 2;
  private static final byte ENUM = 3;
  private static final byte OBJECT = 4;
  private static final byte LIST = 5;
  private static final byte OBJECT_LIST = 6;
  private static final byte ENVELOPE = 7;
  /** A member that came as JSON null: seen, so a second one is refused, but null. */
  private static final Object CAME_AS_NULL = new Object();

  private final String[] names;
  private final byte[] kinds;
  private final boolean[] required;
  /** Per member: the enum's {@code of}, the object's or the element's reader, or null. */
  private final Object[] helpers;

  private ObjectFields(Builder b) {
    int n = b.names.size();
    this.names = b.names.toArray(new String[n]);
    this.kinds = new byte[n];
    this.required = new boolean[n];
    this.helpers = b.helpers.toArray();
    for (int i = 0; i < n; i++) {
      kinds[i] = b.kinds.get(i);
      required[i] = b.required.get(i);
    }
  }

  /** A description to add members to, in declaration order. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the object {@code in} is at, found at {@code path} of a response: the value of the
   * i-th described member (null when absent or JSON null) at index i, and at the last index
   * the undescribed members by name as raw JSON (null when none).
   *
   * @throws ResponseFieldException when a member has the wrong type, is given twice, or is
   *     required and missing
   */
  public Object[] read(JsonReader in, String path) throws IOException {
    int n = names.length;
    Object[] values = new Object[n + 1];
    Map<String, String> unknown = null;
    int expected = 0;
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      int i = expected < n && names[expected].equals(name) ? expected : indexOf(name);
      if (i < 0) {
        unknown = ResponseFields.unknown(unknown, name, in);
        continue;
      }
      if (values[i] != null) {
        throw ResponseFields.repeated(path, names[i]);
      }
      Object value = value(i, in, path);
      values[i] = value == null ? CAME_AS_NULL : value;
      expected = i + 1;
    }
    in.endObject();
    for (int i = 0; i < n; i++) {
      if (values[i] == CAME_AS_NULL) {
        values[i] = null;
      }
      if (required[i] && values[i] == null) {
        throw ResponseFields.missing(path, names[i]);
      }
    }
    values[n] = unknown;
    return values;
  }

  /** The members not described, as {@link #read} left them in {@code values}; null when none. */
  @SuppressWarnings("unchecked")
  public static Map<String, String> unknown(Object[] values) {
    return (Map<String, String>) values[values.length - 1];
  }

  private int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @SuppressWarnings("unchecked") // each helper was added with the kind that reads it
  private Object value(int i, JsonReader in, String path) throws IOException {
    String name = names[i];
    switch (kinds[i]) {
      case STRING:
        return ResponseFields.string(in, path, name);
      case INTEGER:
        return ResponseFields.integer(in, path, name);
      case BOOLEAN:
        return ResponseFields.bool(in, path, name);
      case ENUM:
        return ResponseFields.enumValue(in, path, name, (Function<String, ?>) helpers[i]);
      case OBJECT:
        return ResponseFields.object(in, path, name, (ResponseFields.ItemReader<?>) helpers[i]);
      case LIST:
        return ResponseFields.list(in, path, name, (ResponseFields.ItemReader<?>) helpers[i]);
      case OBJECT_LIST:
        // A new element reader per list: it keeps the last element path it built.
        return ResponseFields.list(in, path, name,
            ResponseFields.objectItem((ResponseFields.ItemReader<?>) helpers[i]));
      default:
        in.skipValue(); // a result's envelope: read by the engine
        return null;
    }
  }

  /** Adds members in declaration order; not thread-safe, used once per generated reader. */
  public static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<Byte> kinds = new ArrayList<>();
    private final List<Boolean> required = new ArrayList<>();
    private final List<Object> helpers = new ArrayList<>();

    private Builder() {
    }

    /** A string member (numbers and booleans given as their text). */
    public Builder string(String name, boolean required) {
      return add(name, STRING, required, null);
    }

    /** An integer member (numeric strings accepted, fractions refused). */
    public Builder integer(String name, boolean required) {
      return add(name, INTEGER, required, null);
    }

    /** A boolean member ({@code "true"}/{@code "false"} accepted). */
    public Builder bool(String name, boolean required) {
      return add(name, BOOLEAN, required, null);
    }

    /** An extensible-enum member, its value made by {@code of}. */
    public Builder enumValue(String name, boolean required, Function<String, ?> of) {
      return add(name, ENUM, required, of);
    }

    /** An object member, read by {@code reader} (a generated reader's {@code read}). */
    public Builder object(String name, boolean required, ResponseFields.ItemReader<?> reader) {
      return add(name, OBJECT, required, reader);
    }

    /** An array member of plain values or enums, each element read by {@code item}. */
    public Builder list(String name, boolean required, ResponseFields.ItemReader<?> item) {
      return add(name, LIST, required, item);
    }

    /** An array member of objects, each read by {@code reader} (a generated reader's {@code read}). */
    public Builder objects(String name, boolean required, ResponseFields.ItemReader<?> reader) {
      return add(name, OBJECT_LIST, required, reader);
    }

    /**
     * A result's envelope ({@code response}): skipped, read apart by the engine, but refused
     * when given twice like any member.
     */
    public Builder envelope() {
      return add("response", ENVELOPE, false, null);
    }

    private Builder add(String name, byte kind, boolean isRequired, Object helper) {
      if (names.contains(name)) {
        throw new IllegalArgumentException("member described twice: " + name);
      }
      names.add(name);
      kinds.add(kind);
      required.add(isRequired);
      helpers.add(helper);
      return this;
    }

    /** The description. */
    public ObjectFields build() {
      return new ObjectFields(this);
    }
  }
}
