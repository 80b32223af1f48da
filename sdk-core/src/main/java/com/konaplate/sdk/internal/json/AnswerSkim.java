package com.konaplate.sdk.internal.json;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the engine must know of an answer before reading its data, from one strict streaming pass
 * without a tree: whether it is one strict JSON object, whether its top level or its envelope
 * gives a member twice (Gson would keep the last silently, so an answer with two {@code response}
 * members could read as a success), the envelope's {@code response.code} and
 * {@code response.description}, and a top-level {@code encData}. Data values are skipped without
 * allocating: the generated readers read them straight into the result types and refuse a
 * member repeated there. Immutable.
 */
public final class AnswerSkim {
  private static final AnswerSkim NOT_AN_OBJECT = new AnswerSkim(null, false, null, null, false,
      null);

  private final String text;
  private final boolean duplicates;
  private final String code;
  private final String description;
  private final boolean hasEncData;
  private final String encData;

  private AnswerSkim(String text, boolean duplicates, String code, String description,
      boolean hasEncData, String encData) {
    this.text = text;
    this.duplicates = duplicates;
    this.code = code;
    this.description = description;
    this.hasEncData = hasEncData;
    this.encData = encData;
  }

  /** Skims {@code utf8}; never throws. */
  public static AnswerSkim of(byte[] utf8) {
    if (utf8.length == 0) {
      return NOT_AN_OBJECT;
    }
    String text = new String(utf8, StandardCharsets.UTF_8);
    if (StrictJson.refusedBeforeReading(text)) {
      return NOT_AN_OBJECT;
    }
    try {
      JsonReader in = StrictJson.reader(text);
      if (in.peek() != JsonToken.BEGIN_OBJECT) {
        return NOT_AN_OBJECT;
      }
      Pass pass = new Pass();
      in.beginObject();
      pass.names(0).clear();
      while (in.hasNext()) {
        String name = in.nextName();
        pass.note(0, name);
        if ("response".equals(name) && in.peek() == JsonToken.BEGIN_OBJECT) {
          pass.envelope(in);
        } else if ("encData".equals(name)) {
          pass.hasEncData = true;
          pass.encData = in.peek() == JsonToken.STRING ? in.nextString() : null;
          if (pass.encData == null) {
            pass.skip(in, 1);
          }
        } else {
          pass.skip(in, 1);
        }
      }
      in.endObject();
      if (in.peek() != JsonToken.END_DOCUMENT) {
        return NOT_AN_OBJECT;
      }
      return new AnswerSkim(text, pass.duplicates, pass.code, pass.description, pass.hasEncData,
          pass.encData);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return NOT_AN_OBJECT; // not strict JSON: Gson says malformed, EOF, or nests too deep
    }
  }

  /** True when the answer is one strict JSON object. */
  public boolean isObject() {
    return text != null;
  }

  /** The answer decoded as text (for the generated readers: decoded once), or null. */
  public String text() {
    return text;
  }

  /** True when some object of the answer gives a member twice. */
  public boolean duplicates() {
    return duplicates;
  }

  /** {@code response.code} when it is a string, else null. */
  public String code() {
    return code;
  }

  /** {@code response.description} when it is a string, else null. */
  public String description() {
    return description;
  }

  /** True when the answer has a top-level {@code encData} member. */
  public boolean hasEncData() {
    return hasEncData;
  }

  /** The top-level {@code encData} when it is a string, else null. */
  public String encData() {
    return encData;
  }

  /** The state of one pass: a set of member names per open object depth, reused. */
  private static final class Pass {
    private final List<Set<String>> names = new ArrayList<>();
    boolean duplicates;
    String code;
    String description;
    boolean hasEncData;
    String encData;

    Set<String> names(int depth) {
      while (names.size() <= depth) {
        names.add(new HashSet<String>());
      }
      return names.get(depth);
    }

    void note(int depth, String name) {
      duplicates |= !names(depth).add(name);
    }

    /** The envelope object: code and description read, everything else checked and skipped. */
    void envelope(JsonReader in) throws IOException {
      in.beginObject();
      names(1).clear();
      while (in.hasNext()) {
        String name = in.nextName();
        note(1, name);
        if ("code".equals(name) && in.peek() == JsonToken.STRING) {
          code = in.nextString();
        } else if ("description".equals(name) && in.peek() == JsonToken.STRING) {
          description = in.nextString();
        } else {
          skip(in, 2);
        }
      }
      in.endObject();
    }

    /** Skips one value without allocating (its names are the readers' to check). */
    void skip(JsonReader in, int depth) throws IOException {
      in.skipValue();
    }
  }
}
