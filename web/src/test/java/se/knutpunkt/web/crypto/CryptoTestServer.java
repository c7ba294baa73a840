package se.knutpunkt.web.crypto;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves the browser crypto tests on 127.0.0.1, on a free port: the production ES modules ({@code
 * /js/crypto/}), the test page ({@code /test/}), the shared Wycheproof vectors ({@code /vectors/}),
 * and a file area ({@code /files/}) where Java and the browser exchange sealed files: GET streams a
 * file, PUT with {@code ?offset=N} appends to it.
 */
final class CryptoTestServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript",
          "html", "text/html; charset=utf-8",
          "json", "application/json");

  private final HttpServer server;
  private final Path files;

  CryptoTestServer(Path modules, Path testPages, Path vectors, Path files) throws IOException {
    this.files = files;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/js/crypto/", exchange -> serve(exchange, modules, "/js/crypto/"));
    server.createContext("/test/", exchange -> serve(exchange, testPages, "/test/"));
    server.createContext("/vectors/", exchange -> serve(exchange, vectors, "/vectors/"));
    server.createContext("/files/", this::exchangeFile);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  Path file(String name) {
    return files.resolve(name);
  }

  private static void serve(HttpExchange exchange, Path root, String prefix) throws IOException {
    try (exchange) {
      String name = exchange.getRequestURI().getPath().substring(prefix.length());
      Path file = root.resolve(name).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String extension = name.substring(name.lastIndexOf('.') + 1);
      exchange
          .getResponseHeaders()
          .set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, Files.size(file));
      try (OutputStream body = exchange.getResponseBody()) {
        Files.copy(file, body);
      }
    }
  }

  private void exchangeFile(HttpExchange exchange) throws IOException {
    try (exchange) {
      String name = exchange.getRequestURI().getPath().substring("/files/".length());
      if (!name.matches("[A-Za-z0-9._-]+")) {
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      Path file = files.resolve(name);
      if ("GET".equals(exchange.getRequestMethod())) {
        if (!Files.isRegularFile(file)) {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, Files.size(file));
        try (OutputStream body = exchange.getResponseBody()) {
          Files.copy(file, body);
        }
        return;
      }
      if ("PUT".equals(exchange.getRequestMethod())) {
        long offset = Long.parseLong(exchange.getRequestURI().getQuery().replace("offset=", ""));
        long size = Files.exists(file) ? Files.size(file) : 0;
        if (offset != size) {
          exchange.sendResponseHeaders(409, -1);
          return;
        }
        try (InputStream in = exchange.getRequestBody();
            OutputStream out =
                Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
          in.transferTo(out);
        }
        exchange.sendResponseHeaders(204, -1);
        return;
      }
      exchange.sendResponseHeaders(405, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
