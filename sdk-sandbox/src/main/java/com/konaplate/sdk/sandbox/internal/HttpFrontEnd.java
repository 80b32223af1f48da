package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.Fault;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a {@link SandboxEngine} over HTTP/1.1 with the JDK's built-in server, on loopback
 * only, and carries out the transport part of faults. Holds no emulation logic of its own.
 */
public final class HttpFrontEnd implements AutoCloseable {
  /** Bodies above this size are cut and answered as invalid input; terminate bodies are tiny. */
  static final int MAX_BODY = 64 * 1024;

  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final SandboxEngine engine;
  /** The arrival ticket of the request the current handler thread serves. */
  private final ThreadLocal<Long> ticket = new ThreadLocal<Long>();

  private HttpFrontEnd(HttpServer server, ThreadPoolExecutor executor, SandboxEngine engine) {
    this.server = server;
    this.executor = executor;
    this.engine = engine;
  }

  /**
   * Binds 127.0.0.1:{@code port} (0 picks a free port) and starts serving.
   *
   * @throws IOException when the port cannot be bound
   */
  public static HttpFrontEnd start(SandboxEngine engine, int port, int threads)
      throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    // Bounded: a fixed number of handler threads; the queue absorbs bursts.
    ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<Runnable>(), new DaemonThreads());
    executor.allowCoreThreadTimeOut(true);
    HttpFrontEnd frontEnd = new HttpFrontEnd(server, executor, engine);
    server.createContext("/", frontEnd.new Handler());
    server.setExecutor(frontEnd.new Ordered());
    server.start();
    return frontEnd;
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting, closes open connections and stops the handler threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow(); // interrupts handlers paused by a delay or stall fault
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Hands the server's tasks to the pool, each with an arrival ticket taken on the dispatcher
   * thread, so in the order the server saw the requests; the ticket is released when the task
   * ends, whatever happened.
   */
  private final class Ordered implements Executor {
    @Override
    public void execute(final Runnable task) {
      final long t = engine.arrived();
      try {
        executor.execute(new Runnable() {
          @Override
          public void run() {
            ticket.set(t);
            try {
              task.run();
            } finally {
              ticket.remove();
              engine.finished(t);
            }
          }
        });
      } catch (RuntimeException e) {
        engine.finished(t); // rejected: the pool is shutting down
        throw e;
      }
    }
  }

  private final class Handler implements HttpHandler {
    @Override
    public void handle(HttpExchange exchange) throws IOException {
      try {
        byte[] body = readBody(exchange.getRequestBody());
        Long t = ticket.get();
        Outcome outcome = engine.handle(exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(), exchange.getRequestHeaders(), body,
            t == null ? -1 : t);
        send(exchange, outcome);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        exchange.close();
      }
    }
  }

  private static void send(HttpExchange exchange, Outcome outcome)
      throws IOException, InterruptedException {
    Fault fault = outcome.fault();
    EngineResponse response = outcome.response();
    Fault.Kind kind = fault == null ? null : fault.kind();
    if (response == null || kind == Fault.Kind.DROP_AFTER_REQUEST) {
      // Closing the exchange before sendResponseHeaders closes the connection itself: the
      // client sees the connection end with no response at all.
      return;
    }
    if (kind == Fault.Kind.DELAY) {
      Thread.sleep(fault.duration().toMillis());
    }
    for (Map.Entry<String, String> h : response.headers().entrySet()) {
      exchange.getResponseHeaders().set(h.getKey(), h.getValue());
    }
    byte[] body = response.body();
    int half = body.length / 2;
    OutputStream out;
    if (kind == Fault.Kind.TRUNCATED_BODY) {
      exchange.sendResponseHeaders(response.status(), body.length + 64L);
      out = exchange.getResponseBody();
      out.write(body, 0, half);
      out.flush();
      // Closing with bytes still owed makes the server close the connection mid-body.
      return;
    }
    // The JDK server reads length 0 as "chunked" and -1 as "no body".
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    out = exchange.getResponseBody();
    if (kind == Fault.Kind.STALLED_BODY) {
      out.write(body, 0, half);
      out.flush();
      Thread.sleep(fault.duration().toMillis());
      out.write(body, half, body.length - half);
    } else {
      out.write(body);
    }
    out.close();
  }

  private static byte[] readBody(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    byte[] buffer = new byte[4096];
    int n;
    while ((n = in.read(buffer)) != -1) {
      if (out.size() + n > MAX_BODY) {
        out.write(buffer, 0, MAX_BODY - out.size());
        break; // the rest is not read; the cut body fails validation
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "konaplate-sandbox-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
