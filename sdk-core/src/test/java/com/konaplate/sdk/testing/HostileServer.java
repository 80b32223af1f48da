package com.konaplate.sdk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that answers each request with exact bytes chosen by a
 * {@link Script}: whatever a hostile or broken server could put on the wire (bad framing,
 * informational responses, extra responses, raw control bytes), with no HTTP library in between
 * to tidy it up. Records every request it read and every connection it accepted.
 */
public final class HostileServer implements AutoCloseable {
  /** What to write for a request; {@code {cid}}, {@code {token}} and {@code {par}} are replaced. */
  @FunctionalInterface
  public interface Script {
    /**
     * The bytes to answer request {@code index} (0-based, over the server's life) with; null
     * closes the connection without answering.
     */
    byte[] answer(Received request, int index);
  }

  /** One request as read from the socket. */
  public static final class Received {
    public final String requestLine;
    public final Map<String, String> headers;
    public final byte[] body;

    Received(String requestLine, Map<String, String> headers, byte[] body) {
      this.requestLine = requestLine;
      this.headers = headers;
      this.body = body;
    }

    /** A header's value (case-insensitive name), or null. */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final ServerSocket socket;
  private final Script script;
  private final boolean closeAfterAnswer;
  private final List<Received> requests = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger index = new AtomicInteger();
  private volatile boolean closed;

  private HostileServer(Script script, boolean closeAfterAnswer) throws IOException {
    this.script = script;
    this.closeAfterAnswer = closeAfterAnswer;
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::acceptLoop, "hostile-server-accept");
    t.setDaemon(true);
    t.start();
  }

  /** Starts a server answering with {@code script}. */
  public static HostileServer start(Script script) throws IOException {
    return new HostileServer(script, false);
  }

  /** Starts a server that closes each connection after its first answer (HTTP/1.0 style). */
  public static HostileServer startClosing(Script script) throws IOException {
    return new HostileServer(script, true);
  }

  /** Starts a server answering every request with the same template (see {@link #fill}). */
  public static HostileServer answering(String template) throws IOException {
    return start((r, i) -> fill(template, r));
  }

  /** The base URL to give the client. */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/open-api";
  }

  /** The requests read so far. */
  public List<Received> requests() {
    return requests;
  }

  /** The connections accepted so far. */
  public int connections() {
    return connections.get();
  }

  /**
   * {@code template} as ISO-8859-1 bytes (so any byte value can be written) with {@code {cid}},
   * {@code {token}} and {@code {par}} replaced by the request's correlation id, its
   * {@code X-KM-Tran-Token} and the PAR of its body, and {@code {len}} by the length of what follows
   * the blank line.
   */
  public static byte[] fill(String template, Received r) {
    String s = template
        .replace("{cid}", String.valueOf(r.header("X-KM-Correlation-Id")))
        .replace("{token}", String.valueOf(r.header("X-KM-Tran-Token")))
        .replace("{par}", par(r.bodyText()));
    int blank = s.indexOf("\r\n\r\n");
    if (blank >= 0 && s.contains("{len}")) {
      int bodyLength = s.substring(blank + 4).getBytes(StandardCharsets.ISO_8859_1).length;
      s = s.replace("{len}", String.valueOf(bodyLength));
    }
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String par(String body) {
    int at = body.indexOf("\"par\":\"");
    return at < 0 ? "" : body.substring(at + 7, body.indexOf('"', at + 7));
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
    for (Socket s : open) {
      s.close();
    }
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = socket.accept();
        s.setTcpNoDelay(true);
        connections.incrementAndGet();
        open.add(s);
        Thread t = new Thread(() -> serve(s), "hostile-server-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket s) {
    try (Socket ignored = s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
      while (!closed) {
        Received r = readRequest(in);
        if (r == null) {
          return;
        }
        requests.add(r);
        byte[] answer = script.answer(r, index.getAndIncrement());
        if (answer == null) {
          return;
        }
        out.write(answer);
        out.flush();
        if (closeAfterAnswer) {
          return;
        }
      }
    } catch (IOException e) {
      // the client went away: nothing to do
    }
  }

  private static Received readRequest(InputStream in) throws IOException {
    String requestLine = readLine(in);
    if (requestLine == null || requestLine.isEmpty()) {
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    String line;
    while ((line = readLine(in)) != null && !line.isEmpty()) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = new byte[length];
    int read = 0;
    while (read < length) {
      int n = in.read(body, read, length - read);
      if (n < 0) {
        return null;
      }
      read += n;
    }
    return new Received(requestLine, headers, body);
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      b.write(c);
    }
    return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
  }

  /** Concatenates answers, e.g. an informational response and the final one. */
  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }

  /** Every request's correlation id, in order. */
  public List<String> correlationIds() {
    List<String> ids = new ArrayList<>();
    for (Received r : requests) {
      ids.add(r.header("X-KM-Correlation-Id"));
    }
    return ids;
  }
}
