package com.konaplate.sdk.benchmarks;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one server of all benchmarks: HTTP/1.1 with keep-alive on loopback, a thread per
 * connection, answering every {@code POST} with bytes prepared once. Under
 * {@link Fixtures#ENCRYPTED_BASE} it answers the encrypted envelope, at Search for Card the
 * encrypted card list, at the charge the charge's answer, at the transaction history the page the
 * request's {@code "page"} asks for, elsewhere the plain envelope. It reads and discards the
 * request body (it never decrypts nor verifies it; it reads the page number of a history
 * request), so its cost per call is the same for every client. {@code TCP_NODELAY} is set on every accepted socket, so no
 * call waits for Nagle's algorithm and a delayed ACK (the 40 ms trap of the JDK HttpServer).
 */
public final class LoopbackServer implements Closeable {
  private static final byte[] ENCRYPTED_PREFIX = Fixtures.ENCRYPTED_BASE.getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SEARCH_TARGET = (Fixtures.PLAIN_BASE + Fixtures.SEARCH_PATH)
      .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CHARGE_TARGET = (Fixtures.PLAIN_BASE + Fixtures.CHARGE_PATH)
      .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HISTORY_TARGET = (Fixtures.PLAIN_BASE + Fixtures.HISTORY_PATH)
      .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PAGE_MEMBER = "\"page\":".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket socket;
  private final byte[] plainAnswer;
  private final byte[] encryptedAnswer;
  private final byte[] searchAnswer;
  private final byte[] chargeAnswer;
  private final byte[][] historyAnswers;
  private final AtomicLong connections = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;
  /** Tests only: keep the last request's head and body (off while benchmarking). */
  private volatile boolean recording;
  private volatile String lastRequest;
  private final List<String> recorded = Collections.synchronizedList(new ArrayList<>());

  /**
   * Starts a server on an ephemeral loopback port.
   *
   * @param plainBody the body answered to plaintext calls
   * @param encryptedBody the body answered under {@link Fixtures#ENCRYPTED_BASE}
   */
  public LoopbackServer(byte[] plainBody, byte[] encryptedBody) throws IOException {
    this(plainBody, encryptedBody, encryptedBody);
  }

  /**
   * Starts a server on an ephemeral loopback port.
   *
   * @param plainBody the body answered to plaintext calls
   * @param encryptedBody the body answered under {@link Fixtures#ENCRYPTED_BASE}
   * @param searchBody the (encrypted) body answered to Search for Card under
   *     {@link Fixtures#PLAIN_BASE}
   */
  public LoopbackServer(byte[] plainBody, byte[] encryptedBody, byte[] searchBody)
      throws IOException {
    this(plainBody, encryptedBody, searchBody, plainBody, List.of(plainBody));
  }

  /**
   * Starts a server on an ephemeral loopback port.
   *
   * @param plainBody the body answered to plaintext calls
   * @param encryptedBody the body answered under {@link Fixtures#ENCRYPTED_BASE}
   * @param searchBody the (encrypted) body answered to Search for Card under
   *     {@link Fixtures#PLAIN_BASE}
   * @param chargeBody the body answered to the charge under {@link Fixtures#PLAIN_BASE}
   * @param historyPages the bodies answered to the transaction history under
   *     {@link Fixtures#PLAIN_BASE}: the one of the request's {@code "page"} (modulo their number)
   */
  public LoopbackServer(byte[] plainBody, byte[] encryptedBody, byte[] searchBody,
      byte[] chargeBody, List<byte[]> historyPages) throws IOException {
    this.plainAnswer = answer(plainBody, null);
    this.encryptedAnswer = answer(encryptedBody, Fixtures.CRYPTO_KEY_ID);
    this.searchAnswer = answer(searchBody, Fixtures.CRYPTO_KEY_ID);
    this.chargeAnswer = answer(chargeBody, null);
    this.historyAnswers = new byte[historyPages.size()][];
    for (int i = 0; i < historyAnswers.length; i++) {
      historyAnswers[i] = answer(historyPages.get(i), null);
    }
    this.socket = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "loopback-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The port the server listens on. */
  public int port() {
    return socket.getLocalPort();
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /** Connections accepted so far (a client that reuses its connections opens few). */
  public long connectionsAccepted() {
    return connections.get();
  }

  /** Requests answered so far. */
  public long requestsAnswered() {
    return requests.get();
  }

  /**
   * Tests only: from now on keep the last request (head and body) for {@link #lastRequest()},
   * and every request from now for {@link #recordedRequests()}.
   */
  public void recordRequests() {
    recorded.clear();
    recording = true;
  }

  /** Tests only: the requests since {@link #recordRequests()}, as {@link #lastRequest()} has them. */
  public List<String> recordedRequests() {
    synchronized (recorded) {
      return new ArrayList<>(recorded);
    }
  }

  /** The last request as ISO-8859-1 text, head and body, when recording; else null. */
  public String lastRequest() {
    return lastRequest;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
    for (Socket s : open) {
      s.close();
    }
  }

  /**
   * A whole answer, head and body: a 200 with Content-Length, and the crypto key id header when
   * {@code cryptoKeyId} is not null.
   */
  static byte[] answer(byte[] body, String cryptoKeyId) {
    String head = "HTTP/1.1 200 OK\r\n"
        + "Content-Type: application/json\r\n"
        + (cryptoKeyId == null ? "" : "X-KM-Crypto-Key-Id: " + cryptoKeyId + "\r\n")
        + "Content-Length: " + body.length + "\r\n"
        + "\r\n";
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[h.length + body.length];
    System.arraycopy(h, 0, out, 0, h.length);
    System.arraycopy(body, 0, out, h.length, body.length);
    return out;
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = socket.accept();
        s.setTcpNoDelay(true);
        connections.incrementAndGet();
        open.add(s);
        Thread t = new Thread(() -> serve(s), "loopback-server-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        if (!closed) {
          System.err.println("loopback server: accept failed: " + e);
        }
      }
    }
  }

  /** Answers the requests of one keep-alive connection until the client closes it. */
  private void serve(Socket s) {
    byte[] buf = new byte[16 * 1024];
    try (Socket ignored = s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
      int start = 0;
      int end = 0;
      while (true) {
        // Find the end of the head, "\r\n\r\n", reading more as needed.
        int headEnd;
        while ((headEnd = indexOfHeadEnd(buf, start, end)) < 0) {
          if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
          }
          if (end == buf.length) {
            throw new IOException("request head larger than " + buf.length + " bytes");
          }
          int n = in.read(buf, end, buf.length - end);
          if (n < 0) {
            return; // the client closed the connection
          }
          end += n;
        }
        boolean history = pathIs(buf, start, HISTORY_TARGET);
        byte[] answer = pathStartsWith(buf, start, ENCRYPTED_PREFIX) ? encryptedAnswer
            : pathStartsWith(buf, start, SEARCH_TARGET) ? searchAnswer
            : pathIs(buf, start, CHARGE_TARGET) ? chargeAnswer : plainAnswer;
        long remaining = contentLength(buf, start, headEnd);
        String head = recording
            ? new String(buf, start, headEnd + 4 - start, StandardCharsets.ISO_8859_1) : null;
        start = headEnd + 4;
        long buffered = Math.min(remaining, end - start);
        if (history || recording) {
          // Read the body whole (the benchmarks' bodies are small): what is buffered, then the
          // rest from the socket.
          if (remaining > 1 << 20) {
            throw new IOException("request body larger than 1 MiB");
          }
          byte[] body = new byte[(int) remaining];
          System.arraycopy(buf, start, body, 0, (int) buffered);
          start += (int) buffered;
          int at = (int) buffered;
          while (at < body.length) {
            int n = in.read(body, at, body.length - at);
            if (n < 0) {
              return;
            }
            at += n;
          }
          if (history) {
            answer = historyAnswers[Math.floorMod(page(body), historyAnswers.length)];
          }
          if (recording) {
            lastRequest = head + new String(body, StandardCharsets.ISO_8859_1);
            recorded.add(lastRequest);
          }
        } else {
          // Discard the body: what is buffered, then the rest from the socket.
          start += (int) buffered;
          remaining -= buffered;
          while (remaining > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, remaining));
            if (n < 0) {
              return;
            }
            remaining -= n;
            start = end = 0;
          }
        }
        if (start == end) {
          start = end = 0;
        }
        out.write(answer);
        out.flush();
        requests.incrementAndGet();
      }
    } catch (SocketException e) {
      // closed by the client or by close(): the usual end of a connection
    } catch (IOException e) {
      if (!closed) {
        System.err.println("loopback server: connection failed: " + e);
      }
    } finally {
      open.remove(s);
    }
  }

  private static int indexOfHeadEnd(byte[] b, int from, int to) {
    for (int i = from; i + 3 < to; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** True when the request target (after "POST ") starts with {@code prefix}. */
  private static boolean pathStartsWith(byte[] b, int from, byte[] prefix) {
    int sp = from;
    while (b[sp] != ' ') {
      sp++;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (sp + 1 + i >= b.length || b[sp + 1 + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** True when the request target (after "POST ") is {@code target}, query or not. */
  private static boolean pathIs(byte[] b, int from, byte[] target) {
    if (!pathStartsWith(b, from, target)) {
      return false;
    }
    int sp = from;
    while (b[sp] != ' ') {
      sp++;
    }
    int after = sp + 1 + target.length;
    return after < b.length && (b[after] == ' ' || b[after] == '?');
  }

  /** The number after the first {@code "page":} of a JSON body; 0 when there is none. */
  static int page(byte[] body) {
    outer:
    for (int i = 0; i + PAGE_MEMBER.length <= body.length; i++) {
      for (int j = 0; j < PAGE_MEMBER.length; j++) {
        if (body[i + j] != PAGE_MEMBER[j]) {
          continue outer;
        }
      }
      int k = i + PAGE_MEMBER.length;
      while (k < body.length && body[k] == ' ') {
        k++;
      }
      int page = 0;
      for (; k < body.length && body[k] >= '0' && body[k] <= '9'; k++) {
        page = page * 10 + (body[k] - '0');
      }
      return page;
    }
    return 0;
  }

  /** The Content-Length of the head in {@code b[from, to)}, 0 when absent. */
  private static long contentLength(byte[] b, int from, int to) {
    String head = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    int i = 0;
    while (i < head.length()) {
      int eol = head.indexOf("\r\n", i);
      if (eol < 0) {
        eol = head.length();
      }
      if (eol - i > 15 && head.regionMatches(true, i, "Content-Length:", 0, 15)) {
        return Long.parseLong(head.substring(i + 15, eol).trim());
      }
      i = eol + 2;
    }
    return 0;
  }
}
