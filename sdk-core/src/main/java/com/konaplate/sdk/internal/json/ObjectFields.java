package com.konaplate.sdk.internal.json;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
  /** Reads a member's value that is not a plain string, integer or boolean. */
  @FunctionalInterface
  public interface ValueReader<T> {
    /** The value of member {@code name} of the object at {@code path}. */
    T read(JsonReader in, String path, String name) throws IOException;
  }

  private static final byte STRING = 0;
  private static final byte INTEGER = 1;
  private static final byte BOOLEAN = 2;
  private static final byte VALUE = 3;
  private static final byte ENVELOPE = 4;

  private final String[] names;
  private final byte[] kinds;
  private final boolean[] required;
  private final ValueReader<?>[] readers;

  private ObjectFields(Builder b) {
    int n = b.names.size();
    this.names = b.names.toArray(new String[n]);
    this.kinds = new byte[n];
    this.required = new boolean[n];
    this.readers = b.readers.toArray(new ValueReader<?>[n]);
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
    boolean[] seen = new boolean[n];
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
      if (seen[i]) {
        throw ResponseFields.repeated(path, names[i]);
      }
      seen[i] = true;
      values[i] = value(i, in, path);
      expected = i + 1;
    }
    in.endObject();
    for (int i = 0; i < n; i++) {
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

  private Object value(int i, JsonReader in, String path) throws IOException {
    switch (kinds[i]) {
      case STRING:
        return ResponseFields.string(in, path, names[i]);
      case INTEGER:
        return ResponseFields.integer(in, path, names[i]);
      case BOOLEAN:
        return ResponseFields.bool(in, path, names[i]);
      case ENVELOPE:
        in.skipValue(); // a result's envelope: read by the engine
        return null;
      default:
        return readers[i].read(in, path, names[i]);
    }
  }

  /** Adds members in declaration order; not thread-safe, used once per generated reader. */
  public static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<Byte> kinds = new ArrayList<>();
    private final List<Boolean> required = new ArrayList<>();
    private final List<ValueReader<?>> readers = new ArrayList<>();

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

    /** A member read by {@code reader}: an object, an array, an extensible enum. */
    public Builder value(String name, boolean required, ValueReader<?> reader) {
      return add(name, VALUE, required, reader);
    }

    /**
     * A result's envelope ({@code response}): skipped, read apart by the engine, but refused
     * when given twice like any member.
     */
    public Builder envelope() {
      return add("response", ENVELOPE, false, null);
    }

    private Builder add(String name, byte kind, boolean isRequired, ValueReader<?> reader) {
      if (names.contains(name)) {
        throw new IllegalArgumentException("member described twice: " + name);
      }
      names.add(name);
      kinds.add(kind);
      required.add(isRequired);
      readers.add(reader);
      return this;
    }

    /** The description. */
    public ObjectFields build() {
      return new ObjectFields(this);
    }
  }
}
