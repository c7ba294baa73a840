import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 11: how fast one edit reaches everyone who has the case open. VIEWERS followers (anna,
 * erik and petter in turn: CONFIDENTIAL, INTERNAL and STRICT clearance) hold live connections to a
 * case; anna writes overview.summary EDITS times, alternating INTERNAL and CONFIDENTIAL markings,
 * one edit every INTERVAL ms. For each edit: the time from the writer receiving its 200 to the
 * last viewer receiving the frame with that version (0 if a frame came first). Prints p50, p95,
 * p99 and max, and checks that no viewer below CONFIDENTIAL ever got a confidential value.
 *
 * Usage: java LiveBench.java CASE_ID VIEWERS EDITS INTERVAL_MS   (platform on 127.0.0.1:8080)
 * With EDITS = 0 it only holds the viewers open and edits once a second for INTERVAL_MS seconds
 * (the background of the case-read benchmark).
 */
public class LiveBench {

  static final String API = "http://127.0.0.1:8080/knutpunkt/api/v1";
  static final String TOKEN_URL = "http://127.0.0.1:8180/realms/knutpunkt/protocol/openid-connect/token";
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Pattern VERSION = Pattern.compile("\"path\":\"overview\\.summary\",\"version\":(\\d+)");
  static final String SECRET_MARK = "hemligt-";

  /** When each viewer first saw each version. */
  static final Map<Long, Map<Integer, Long>> seen = new ConcurrentHashMap<>();
  static final List<String> leaks = Collections.synchronizedList(new ArrayList<>());

  public static void main(String[] args) throws Exception {
    String caseId = args[0];
    int viewers = Integer.parseInt(args[1]);
    int edits = Integer.parseInt(args[2]);
    long interval = Long.parseLong(args[3]);
    String[] users = {"anna.pmy", "erik.pmy", "petter.pmy"};
    Map<String, String> tokens = new ConcurrentHashMap<>();
    for (String user : users) {
      tokens.put(user, token(user));
    }
    List<WebSocket> sockets = new ArrayList<>();
    CountDownLatch welcomed = new CountDownLatch(viewers);
    for (int v = 0; v < viewers; v++) {
      String user = users[v % users.length];
      String ticketUrl = post(tokens.get(user), "/cases/" + caseId + "/live", "").replaceAll(".*\"url\":\"([^\"]+)\".*", "$1");
      int viewer = v;
      boolean belowConfidential = user.equals("erik.pmy");
      sockets.add(
          HTTP.newWebSocketBuilder()
              .buildAsync(URI.create(ticketUrl), new Viewer(viewer, belowConfidential, welcomed))
              .join());
    }
    if (!welcomed.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("not every viewer was welcomed");
    }
    String anna = tokens.get("anna.pmy");
    long base = currentVersion(anna, caseId);
    if (edits == 0) {
      long end = System.nanoTime() + interval * 1_000_000_000L;
      while (System.nanoTime() < end) {
        base = write(anna, caseId, base, (int) base);
        Thread.sleep(1000);
      }
      System.out.println("background: held " + viewers + " viewers open, edited once a second");
      sockets.forEach(s -> s.abort());
      return;
    }
    List<long[]> writes = new ArrayList<>();
    for (int i = 0; i < edits; i++) {
      long version = write(anna, caseId, base, i);
      writes.add(new long[] {version, System.nanoTime()});
      base = version;
      Thread.sleep(interval);
    }
    Thread.sleep(2000);
    List<Long> latencies = new ArrayList<>();
    int missing = 0;
    for (long[] write : writes) {
      Map<Integer, Long> arrivals = seen.getOrDefault(write[0], Map.of());
      if (arrivals.size() < viewers) {
        missing++;
        continue;
      }
      long last = Collections.max(arrivals.values());
      latencies.add(Math.max(0, last - write[1]));
    }
    Collections.sort(latencies);
    System.out.printf(
        "RESULT viewers=%d edits=%d missing=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f leaks=%d%n",
        viewers, edits, missing, ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99),
        latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1) / 1e6, leaks.size());
    sockets.forEach(s -> s.abort());
  }

  static double ms(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(quantile * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  static long write(String token, String caseId, long base, int i) throws Exception {
    boolean secret = i % 2 == 1;
    String marking = secret
        ? "{\"level\":\"CONFIDENTIAL\",\"legalReference\":\"OSL 35 kap. 1 §\"}"
        : "{\"level\":\"INTERNAL\"}";
    String value = (secret ? SECRET_MARK : "öppet-") + i;
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(URI.create(API + "/cases/" + caseId + "/fields/overview.summary"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"" + value + "\",\"baseVersion\":" + base + ",\"marking\":" + marking + "}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("write refused: " + response.statusCode() + " " + response.body());
    }
    return Long.parseLong(response.body().replaceAll(".*\"version\":(\\d+).*", "$1"));
  }

  static long currentVersion(String token, String caseId) throws Exception {
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(URI.create(API + "/cases/" + caseId + "/fields/overview.summary/history"))
            .header("Authorization", "Bearer " + token).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      return 0;
    }
    Matcher m = Pattern.compile("\"version\":(\\d+)").matcher(response.body());
    long last = 0;
    while (m.find()) {
      last = Long.parseLong(m.group(1));
    }
    return last;
  }

  static String post(String token, String path, String body) throws IOException, InterruptedException {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(API + path))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  static String token(String user) throws IOException, InterruptedException {
    String form = "client_id=knutpunkt-cli&grant_type=password&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
    String body = HTTP.send(
            HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
    return body.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
  }

  static final class Viewer implements WebSocket.Listener {
    final int id;
    final boolean belowConfidential;
    final CountDownLatch welcomed;
    final StringBuilder partial = new StringBuilder();

    Viewer(int id, boolean belowConfidential, CountDownLatch welcomed) {
      this.id = id;
      this.belowConfidential = belowConfidential;
      this.welcomed = welcomed;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        long now = System.nanoTime();
        String frame = partial.toString();
        partial.setLength(0);
        if (frame.contains("\"type\":\"welcome\"")) {
          welcomed.countDown();
        }
        Matcher m = VERSION.matcher(frame);
        while (m.find()) {
          seen.computeIfAbsent(Long.parseLong(m.group(1)), k -> new ConcurrentHashMap<>()).putIfAbsent(id, now);
        }
        if (belowConfidential && frame.contains(SECRET_MARK)) {
          leaks.add(frame);
        }
      }
      socket.request(1);
      return null;
    }
  }
}
