package org.opendvc.testkit.simulator;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A small HTTP/1.1 server on plain sockets, so that the simulator can do what a well-behaved server
 * library would not: drop a connection halfway through an answer, or close it after applying a
 * request without answering. Keep-alive; request bodies by {@code Content-Length}.
 */
final class SimpleHttpServer implements AutoCloseable {
  private static final int MAX_BODY = 32 * 1024 * 1024;

  /** A request. */
  record Request(String method, String path, Map<String, String> headers, byte[] body) {
    @Nullable String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** What to do with the connection after the answer. */
  enum Ending {
    /** Answer fully, keep the connection. */
    NORMAL,
    /** Send the headers and half the body, then close. */
    DROP_MID_BODY,
    /** Close without answering. */
    CLOSE_SILENTLY
  }

  /** An answer. */
  record Reply(
      int status, String contentType, byte[] body, Map<String, String> headers, Ending ending) {
    static Reply json(int status, String json) {
      return new Reply(
          status,
          "application/json; charset=utf-8",
          json.getBytes(StandardCharsets.UTF_8),
          Map.of(),
          Ending.NORMAL);
    }

    Reply with(Ending ending) {
      return new Reply(status, contentType, body, headers, ending);
    }
  }

  private final ServerSocket server;
  private final ExecutorService connections;
  private final Set<Socket> open = Collections.synchronizedSet(new HashSet<>());
  private final Function<Request, Reply> handler;
  private final Thread acceptor;
  private volatile boolean running = true;

  SimpleHttpServer(InetAddress host, int port, Function<Request, Reply> handler)
      throws IOException {
    this.handler = handler;
    this.server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(host, port), 256);
    this.connections =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "portal-simulator-connection");
              t.setDaemon(true);
              return t;
            });
    this.acceptor = new Thread(this::accept, "portal-simulator-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  InetAddress address() {
    return server.getInetAddress();
  }

  private void accept() {
    while (running) {
      try {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        open.add(socket);
        connections.execute(() -> serve(socket));
      } catch (IOException e) {
        if (!running) {
          return;
        }
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      while (running) {
        Request request = read(in);
        if (request == null) {
          return;
        }
        Reply reply = handler.apply(request);
        if (reply.ending() == Ending.CLOSE_SILENTLY) {
          return;
        }
        boolean close = "close".equalsIgnoreCase(request.header("connection"));
        write(out, reply, close);
        if (reply.ending() == Ending.DROP_MID_BODY || close) {
          return;
        }
      }
    } catch (IOException e) {
      // The client went away or the server is stopping: nothing to answer.
    } finally {
      open.remove(socket);
    }
  }

  private static @Nullable Request read(InputStream in) throws IOException {
    String line = line(in);
    while (line != null && line.isEmpty()) {
      line = line(in);
    }
    if (line == null) {
      return null;
    }
    String[] parts = line.split(" ");
    if (parts.length < 2) {
      throw new IOException("Bad request line");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    String header;
    while ((header = line(in)) != null && !header.isEmpty()) {
      int colon = header.indexOf(':');
      if (colon > 0) {
        headers.put(
            header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            header.substring(colon + 1).strip());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    if (length < 0 || length > MAX_BODY) {
      throw new IOException("Body too large");
    }
    byte[] body = in.readNBytes(length);
    if (body.length < length) {
      return null;
    }
    String target = parts[1];
    int query = target.indexOf('?');
    return new Request(parts[0], query < 0 ? target : target.substring(0, query), headers, body);
  }

  private static @Nullable String line(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(128);
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        String s = buffer.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      buffer.write(c);
      if (buffer.size() > 16 * 1024) {
        throw new IOException("Line too long");
      }
    }
    return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.ISO_8859_1);
  }

  private static void write(OutputStream out, Reply reply, boolean close) throws IOException {
    StringBuilder head = new StringBuilder();
    head.append("HTTP/1.1 ").append(reply.status()).append(' ').append(reason(reply.status()));
    head.append("\r\nContent-Type: ").append(reply.contentType());
    head.append("\r\nContent-Length: ").append(reply.body().length);
    head.append("\r\nConnection: ").append(close ? "close" : "keep-alive");
    reply.headers().forEach((k, v) -> head.append("\r\n").append(k).append(": ").append(v));
    head.append("\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (reply.ending() == Ending.DROP_MID_BODY) {
      out.write(reply.body(), 0, reply.body().length / 2);
      out.flush();
      return;
    }
    out.write(reply.body());
    out.flush();
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 404 -> "Not Found";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Status";
    };
  }

  @Override
  public void close() {
    running = false;
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    synchronized (open) {
      for (Socket s : open) {
        try {
          s.close();
        } catch (IOException e) {
          // closing anyway
        }
      }
    }
    connections.shutdownNow();
    try {
      acceptor.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
