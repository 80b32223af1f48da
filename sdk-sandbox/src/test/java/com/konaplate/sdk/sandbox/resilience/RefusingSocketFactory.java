package com.konaplate.sdk.sandbox.resilience;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;

/**
 * Refuses new connections as a closed port would ("connection refused"): a share of them decided
 * by a seeded random, or the first few. Plugged into the client's OkHttpClient: the request
 * never leaves.
 */
public final class RefusingSocketFactory extends SocketFactory {
  private final Random random;
  private final double rate;
  private int firstToRefuse;
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger connects = new AtomicInteger();

  /** Refuses each connection with probability {@code rate}, drawn from {@code seed}. */
  public RefusingSocketFactory(long seed, double rate) {
    this(new Random(seed), rate, 0);
  }

  private RefusingSocketFactory(Random random, double rate, int firstToRefuse) {
    this.random = random;
    this.rate = rate;
    this.firstToRefuse = firstToRefuse;
  }

  /** Refuses the first {@code count} connections, then connects every one. */
  public static RefusingSocketFactory first(int count) {
    return new RefusingSocketFactory(null, 0, count);
  }

  /** Connections refused so far. */
  public int refused() {
    return refused.get();
  }

  /** Connections attempted so far. */
  public int connects() {
    return connects.get();
  }

  private synchronized boolean refuseNext() {
    if (firstToRefuse > 0) {
      firstToRefuse--;
      return true;
    }
    return random != null && random.nextDouble() < rate;
  }

  @Override
  public Socket createSocket() {
    return new Socket() {
      @Override
      public void connect(SocketAddress endpoint, int timeout) throws IOException {
        connects.incrementAndGet();
        if (refuseNext()) {
          refused.incrementAndGet();
          throw new ConnectException("Connection refused (injected)");
        }
        super.connect(endpoint, timeout);
      }
    };
  }

  @Override
  public Socket createSocket(String host, int port) {
    throw new UnsupportedOperationException("OkHttp uses createSocket() and connect()");
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Socket createSocket(InetAddress host, int port) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
    throw new UnsupportedOperationException();
  }
}
