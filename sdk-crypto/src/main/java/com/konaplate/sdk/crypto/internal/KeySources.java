package com.konaplate.sdk.crypto.internal;

import com.konaplate.sdk.exception.KonaplateCryptoException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads key files, streams and classpath resources into bytes, with a size bound. */
public final class KeySources {
  /** Key files are a few kilobytes; a bound stops a wrong path (a log, a device) early. */
  static final int MAX_BYTES = 1 << 20;

  private KeySources() {
  }

  /** Reads a whole file; the message names the setting and the path, never the content. */
  public static byte[] file(Path path, String setting) {
    if (path == null) {
      throw new NullPointerException("path == null");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return readBounded(in, setting);
    } catch (IOException e) {
      throw new KonaplateCryptoException("Cannot read " + setting + " from the file " + path
          + " (" + e.getClass().getSimpleName() + ")", RedactedCause.of(e));
    }
  }

  /** Reads a stream to its end without closing it. */
  public static byte[] stream(InputStream in, String setting) {
    if (in == null) {
      throw new NullPointerException("in == null");
    }
    try {
      return readBounded(in, setting);
    } catch (IOException e) {
      throw new KonaplateCryptoException("Cannot read " + setting + " from the stream ("
          + e.getClass().getSimpleName() + ")", RedactedCause.of(e));
    }
  }

  /**
   * Reads a classpath resource through the thread's context class loader, falling back to the
   * loader of this library, so it works both in plain and in container class paths.
   */
  public static byte[] classpath(String resource, String setting) {
    if (resource == null) {
      throw new NullPointerException("resource == null");
    }
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    InputStream in = context == null ? null : context.getResourceAsStream(name);
    if (in == null) {
      in = KeySources.class.getClassLoader().getResourceAsStream(name);
    }
    if (in == null) {
      throw new KonaplateCryptoException("Cannot read " + setting + ": no classpath resource "
          + name, null);
    }
    try (InputStream resourceStream = in) {
      return readBounded(resourceStream, setting);
    } catch (IOException e) {
      throw new KonaplateCryptoException("Cannot read " + setting + " from the classpath resource "
          + name + " (" + e.getClass().getSimpleName() + ")", RedactedCause.of(e));
    }
  }

  static byte[] readBounded(InputStream in, String setting) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    byte[] buffer = new byte[4096];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      if (out.size() + n > MAX_BYTES) {
        throw new KonaplateCryptoException("Cannot read " + setting + ": larger than "
            + MAX_BYTES + " bytes, which no key file is", null);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
