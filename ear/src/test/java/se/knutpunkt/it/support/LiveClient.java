package se.knutpunkt.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A follower of a case over the live WebSocket, as an agency system would connect: a ticket from
 * the API, then the socket. Keeps every frame it receives, as text, so that tests can assert on
 * what went over the wire.
 */
public final class LiveClient implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
  private final List<String> all = new ArrayList<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final WebSocket socket;

  private LiveClient(String url) {
    this.socket =
        HTTP.newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .buildAsync(URI.create(url), new Listener())
            .join();
  }

  /** Follows the case as {@code api}'s user; fails if no ticket is given. */
  public static LiveClient follow(Api api, String caseId) {
    Api.Response ticket = api.post("/cases/" + caseId + "/live", "");
    if (ticket.status() != 200) {
      throw new AssertionError("no live ticket: " + ticket);
    }
    return new LiveClient(ticket.json().getString("url"));
  }

  /** Connects with a ticket as given (for tests of refusals). */
  public static LiveClient connect(String url) {
    return new LiveClient(url);
  }

  /** The next frame that matches, within the time; frames before it are kept but skipped. */
  public Optional<JsonObject> next(Predicate<JsonObject> wanted, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return Optional.empty();
        }
        String text = frames.poll(left, TimeUnit.NANOSECONDS);
        if (text == null) {
          return Optional.empty();
        }
        JsonObject frame = Json.createReader(new StringReader(text)).readObject();
        if (wanted.test(frame)) {
          return Optional.of(frame);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  public JsonObject nextOfType(String type, Duration within) {
    return next(f -> f.getString("type", "").equals(type), within)
        .orElseThrow(
            () ->
                new AssertionError(
                    "no '" + type + "' frame within " + within + "; got " + received()));
  }

  public void send(String text) {
    socket.sendText(text, true).join();
  }

  /** Every frame received so far, as text. */
  public synchronized List<String> received() {
    return List.copyOf(all);
  }

  /** The close code, once the server closed the connection. */
  public Optional<Integer> closedWith(Duration within) {
    try {
      return Optional.of(closed.get(within.toMillis(), TimeUnit.MILLISECONDS));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        synchronized (LiveClient.this) {
          all.add(text);
        }
        frames.add(text);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.complete(-1);
    }
  }
}
