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
 * Refuses a share of new connections as a closed port would ("connection refused"), decided
 * by a seeded random. Plugged into the client's OkHttpClient: the request never leaves.
 */
final class RefusingSocketFactory extends SocketFactory {
  private final Random random;
  private final double rate;
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger connects = new AtomicInteger();

  RefusingSocketFactory(long seed, double rate) {
    this.random = new Random(seed);
    this.rate = rate;
  }

  int refused() {
    return refused.get();
  }

  int connects() {
    return connects.get();
  }

  private synchronized boolean refuseNext() {
    return random.nextDouble() < rate;
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
