package com.konaplate.sdk.internal.json;

import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;

/**
 * Whether the number a Gson reader has peeked is one it holds as an exact long, so that
 * {@code nextLong} returns it as written. Gson reads a plain integer within a long's range into a
 * long as it peeks; any other number (a fraction, an exponent, beyond a long, {@code -0}) it keeps
 * as text, and its {@code nextLong} takes that through a double: 1.0000000000000001 comes back
 * as 1. Its public API cannot tell the two apart, so the SDK read every integer as text and
 * parsed it again, after Gson had turned its long back into a String: a sixth of the reading of a
 * page of history.
 *
 * <p>Gson keeps the kind of the peeked token in a private field. Where this JVM lets the SDK read
 * it, and Gson's answers for {@code [7,1.5,-0,9223372036854775808]} prove that only the first is
 * held as a long, {@link #isExactLong} reads it; anywhere else (a Gson that names or codes it
 * differently, a module or security policy that refuses the access) it says false and integers
 * are read from their text as before: slower, never less exact. Facts of the classpath, found
 * once: not state.
 */
final class ExactLongs {
  /** The getter of the field, {@code (JsonReader) -> int}; a constant the JIT reads inline. */
  private static final MethodHandle PEEKED = peekedGetter();
  /** Gson's code for "peeked a long"; meaningless when {@link #PEEKED} is null. */
  private static final int PEEKED_LONG = PEEKED == null ? 0 : longCode(PEEKED);
  private static final boolean AVAILABLE = PEEKED != null && PEEKED_LONG != 0;

  private ExactLongs() {
  }

  /** True when this JVM's Gson lets the SDK tell exact longs from other numbers. */
  static boolean available() {
    return AVAILABLE;
  }

  /**
   * True when {@code in}, having peeked a number, holds it as an exact long; false when it does
   * not or cannot be asked.
   */
  static boolean isExactLong(JsonReader in) {
    if (!AVAILABLE) {
      return false;
    }
    try {
      return (int) PEEKED.invokeExact(in) == PEEKED_LONG;
    } catch (Error e) {
      throw e; // the JVM's own trouble (out of memory) is not an answer
    } catch (Throwable impossible) { // a field getter throws nothing else on a non-null reader
      return false;
    }
  }

  private static MethodHandle peekedGetter() {
    try {
      Field f = JsonReader.class.getDeclaredField("peeked");
      if (f.getType() != int.class) {
        return null;
      }
      f.setAccessible(true);
      return MethodHandles.lookup().unreflectGetter(f)
          .asType(MethodType.methodType(int.class, JsonReader.class));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null; // a Gson without it, or a module or security policy that refuses the access
    }
  }

  /**
   * Gson's code for a peeked long, checked on the edges that matter: 7 is one, and 1.5, -0 and
   * 2^63 are not. 0 when Gson does not answer so.
   */
  private static int longCode(MethodHandle peeked) {
    try {
      JsonReader in = new JsonReader(new StringReader("[7,1.5,-0,9223372036854775808]"));
      in.beginArray();
      in.peek();
      int longCode = (int) peeked.invokeExact(in);
      if (longCode == 0 || in.nextLong() != 7) {
        return 0;
      }
      for (int i = 0; i < 3; i++) {
        in.peek();
        if ((int) peeked.invokeExact(in) == longCode) {
          return 0;
        }
        in.skipValue();
      }
      return longCode;
    } catch (Throwable e) {
      // Not the Gson this expects (it refused one of them, or failed to link): integers are read
      // from their text. Never thrown from here: a class that failed to initialise would fail
      // every later read.
      return 0;
    }
  }
}
