package com.konaplate.sdk.benchmarks;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.List;
import javax.net.SocketFactory;

/**
 * Sockets that never touch the network: whatever is written is dropped, and reading yields the
 * same HTTP response over and over. An OkHttp client given this factory does all of its own work
 * per call (and so does the SDK on top of it) with no server, no system call and no other thread
 * involved, which measures the client's CPU cost alone, steadily even on a busy machine.
 */
final class InMemorySocketFactory extends SocketFactory {
  private final byte[][] responses;

  /**
   * Sockets answering {@code body} as the loopback server answers it: a 200 with Content-Length,
   * keep-alive, and the {@code X-KM-Crypto-Key-Id} header when {@code cryptoKeyId} is not null.
   */
  InMemorySocketFactory(byte[] body, String cryptoKeyId) {
    this(List.of(body), cryptoKeyId);
  }

  /**
   * Sockets answering {@code bodies} in turn, from the first, again and again (each socket from
   * the first): the pages of a paged read, as the loopback server answers them.
   */
  InMemorySocketFactory(List<byte[]> bodies, String cryptoKeyId) {
    responses = new byte[bodies.size()][];
    for (int i = 0; i < responses.length; i++) {
      responses[i] = LoopbackServer.answer(bodies.get(i), cryptoKeyId);
    }
  }

  @Override
  public Socket createSocket() {
    return new InMemorySocket(responses);
  }

  @Override
  public Socket createSocket(String host, int port) {
    return createSocket();
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
    return createSocket();
  }

  @Override
  public Socket createSocket(InetAddress host, int port) {
    return createSocket();
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress,
      int localPort) {
    return createSocket();
  }

  private static final class InMemorySocket extends Socket {
    private final InputStream in;
    private final OutputStream out = OutputStream.nullOutputStream();
    private InetSocketAddress remote;
    private boolean closed;
    private int soTimeout;

    InMemorySocket(byte[][] responses) {
      // One response per read call at most: OkHttp reads a response, then the next call's.
      this.in = new InputStream() {
        private int which;
        private byte[] response = responses[0];
        private int at;

        @Override
        public int read() {
          int b = response[at] & 0xff;
          advance(1);
          return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
          int n = Math.min(len, response.length - at);
          System.arraycopy(response, at, b, off, n);
          advance(n);
          return n;
        }

        private void advance(int n) {
          at += n;
          if (at == response.length) {
            at = 0;
            which = (which + 1) % responses.length;
            response = responses[which];
          }
        }
      };
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) {
      remote = (InetSocketAddress) endpoint;
    }

    @Override
    public InputStream getInputStream() {
      return in;
    }

    @Override
    public OutputStream getOutputStream() {
      return out;
    }

    @Override
    public boolean isConnected() {
      return remote != null;
    }

    @Override
    public InetAddress getInetAddress() {
      return remote == null ? null : remote.getAddress();
    }

    @Override
    public int getPort() {
      return remote == null ? 0 : remote.getPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
      return remote;
    }

    @Override
    public void setSoTimeout(int timeout) {
      soTimeout = timeout;
    }

    @Override
    public int getSoTimeout() {
      return soTimeout;
    }

    @Override
    public void setTcpNoDelay(boolean on) {
    }

    @Override
    public void setKeepAlive(boolean on) {
    }

    @Override
    public boolean isClosed() {
      return closed;
    }

    @Override
    public boolean isInputShutdown() {
      return closed;
    }

    @Override
    public boolean isOutputShutdown() {
      return closed;
    }

    @Override
    public void shutdownInput() {
    }

    @Override
    public void shutdownOutput() {
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
