import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Issue 15: how fast a flag reaches an open page. anna.pmy holds her case open over the live
 * channel; maria.mig flags, one after the other, identifiers that anna's case holds (each a
 * different one, so each flag is new). For each: the time from maria's 201 to anna's "notices"
 * frame. Prints p50, p95, max and how many frames never came.
 *
 * Usage: java NoticeBench.java CASE_ID INTERVAL_MS IDENTIFIER...   (platform on 127.0.0.1:8080)
 */
public class NoticeBench {

  static final String API = "http://127.0.0.1:8080/knutpunkt/api/v1";
  static final String TOKEN_URL =
      "http://127.0.0.1:8180/realms/knutpunkt/protocol/openid-connect/token";
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final LinkedBlockingQueue<Long> noticeFrames = new LinkedBlockingQueue<>();

  public static void main(String[] args) throws Exception {
    String caseId = args[0];
    long interval = Long.parseLong(args[1]);
    String anna = token("anna.pmy");
    String maria = token("maria.mig");
    String url =
        post(anna, "/cases/" + caseId + "/live", "").replaceAll(".*\"url\":\"([^\"]+)\".*", "$1");
    CountDownLatch welcomed = new CountDownLatch(1);
    WebSocket socket =
        HTTP.newWebSocketBuilder().buildAsync(URI.create(url), new Page(welcomed)).join();
    if (!welcomed.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the page was not welcomed");
    }
    List<Long> latencies = new ArrayList<>();
    int missing = 0;
    for (int i = 2; i < args.length; i++) {
      noticeFrames.clear();
      String body =
          "{\"identifier\":\"" + args[i] + "\",\"category\":\"KAPAD_IDENTITET\",\"confidence\":\"MISSTANKT\"}";
      HttpResponse<String> flagged = send(maria, "POST", "/flags", body);
      long answered = System.nanoTime();
      if (flagged.statusCode() != 201) {
        throw new IllegalStateException("flag refused: " + flagged.statusCode() + " " + flagged.body());
      }
      Long frame = noticeFrames.poll(10, TimeUnit.SECONDS);
      if (frame == null) {
        missing++;
      } else {
        latencies.add(Math.max(0, frame - answered));
      }
      Thread.sleep(interval);
    }
    Collections.sort(latencies);
    System.out.printf(
        "RESULT flags=%d missing=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
        args.length - 2, missing, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99),
        latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1) / 1e6);
    socket.abort();
  }

  static double ms(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
  }

  static final class Page implements WebSocket.Listener {
    private final CountDownLatch welcomed;
    private final StringBuilder partial = new StringBuilder();

    Page(CountDownLatch welcomed) {
      this.welcomed = welcomed;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      long at = System.nanoTime();
      partial.append(data);
      if (last) {
        String frame = partial.toString();
        partial.setLength(0);
        if (frame.contains("\"type\":\"welcome\"")) {
          welcomed.countDown();
        } else if (frame.contains("\"type\":\"notices\"")) {
          noticeFrames.add(at);
        }
      }
      socket.request(1);
      return null;
    }
  }

  static String token(String user) throws Exception {
    String form =
        "client_id=knutpunkt-cli&grant_type=password&password=demo&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
  }

  static String post(String token, String path, String body) throws Exception {
    return send(token, "POST", path, body).body();
  }

  static HttpResponse<String> send(String token, String method, String path, String body)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(API + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
