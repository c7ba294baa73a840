import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Issue 12: how fast sharing reaches the open pages it concerns. magnus.mig (ID-SPOC of MIG) holds
 * an inbox open on the news channel; for each of ROUNDS cases petter.pmy invites MIG: the time from
 * petter's request to magnus's "notices" frame, beside the request's own time; magnus accepts with
 * maria.mig (the accept's own time); maria opens the case live; petter revokes: the time from his
 * request to maria's "gone" frame. Prints p50, p95, max of each and how many frames never came.
 *
 * Usage: java SharingBench.java ROUNDS   (platform on 127.0.0.1:8080)
 */
public class SharingBench {

  static final String API = "http://127.0.0.1:8080/knutpunkt/api/v1";
  static final String TOKEN_URL =
      "http://127.0.0.1:8180/realms/knutpunkt/protocol/openid-connect/token";
  static final HttpClient HTTP = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    String petter = token("petter.pmy");
    String magnus = token("magnus.mig");
    String maria = token("maria.mig");
    LinkedBlockingQueue<Long> inboxNews = new LinkedBlockingQueue<>();
    WebSocket inbox =
        open(url(post(magnus, "/notifications/live", "")), "listening", "notices", inboxNews::add);
    List<Long> toInbox = new ArrayList<>();
    List<Long> accepts = new ArrayList<>();
    List<Long> invites = new ArrayList<>();
    List<Long> revokes = new ArrayList<>();
    List<Long> toGone = new ArrayList<>();
    int missingInbox = 0;
    int missingGone = 0;
    for (int i = 0; i < rounds; i++) {
      String caseId =
          field(post(petter, "/cases", "{\"title\":\"Delning " + i + "\",\"type\":\"TIPS\"}"), "id");
      inboxNews.clear();
      long sentAt = System.nanoTime();
      HttpResponse<String> sent =
          send(
              petter,
              "POST",
              "/cases/" + caseId + "/invitations",
              "{\"agency\":\"MIG\",\"sections\":[\"overview\",\"persons\"],\"legalBasis\":\"LUB_2025_170\","
                  + "\"purpose\":\"Mätning\",\"needsTest\":\"Mätning\",\"expiresAt\":\""
                  + LocalDate.now().plusDays(10)
                  + "\"}");
      invites.add(System.nanoTime() - sentAt);
      require(sent, 201);
      Long heard = inboxNews.poll(10, TimeUnit.SECONDS);
      if (heard == null) {
        missingInbox++;
      } else {
        toInbox.add(Math.max(0, heard - sentAt));
      }
      String invitation = field(sent.body(), "id");
      long before = System.nanoTime();
      require(send(magnus, "POST", "/invitations/" + invitation + "/accept", "{\"members\":[\"maria.mig\"]}"), 200);
      accepts.add(System.nanoTime() - before);

      LinkedBlockingQueue<Long> gone = new LinkedBlockingQueue<>();
      WebSocket page =
          open(url(post(maria, "/cases/" + caseId + "/live", "")), "welcome", "gone", gone::add);
      long revokedAt = System.nanoTime();
      require(send(petter, "DELETE", "/invitations/" + invitation, ""), 200);
      revokes.add(System.nanoTime() - revokedAt);
      Long left = gone.poll(10, TimeUnit.SECONDS);
      if (left == null) {
        missingGone++;
      } else {
        toGone.add(Math.max(0, left - revokedAt));
      }
      page.abort();
    }
    // the frames are timed from the moment the request is sent: they may come before its answer
    System.out.printf(
        "RESULT rounds=%d invite(p50/p95 ms)=%.1f/%.1f invite_to_inbox(p50/p95/max ms)=%.1f/%.1f/%.1f"
            + " missing=%d accept(p50/p95 ms)=%.1f/%.1f revoke(p50/p95 ms)=%.1f/%.1f"
            + " revoke_to_gone(p50/p95/max ms)=%.1f/%.1f/%.1f missing=%d%n",
        rounds, q(invites, .5), q(invites, .95), q(toInbox, .5), q(toInbox, .95), q(toInbox, 1),
        missingInbox, q(accepts, .5), q(accepts, .95), q(revokes, .5), q(revokes, .95),
        q(toGone, .5), q(toGone, .95), q(toGone, 1), missingGone);
    inbox.abort();
  }

  static double q(List<Long> values, double quantile) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.max(0, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
  }

  static WebSocket open(String url, String hello, String wanted, Consumer<Long> heard)
      throws Exception {
    CountDownLatch ready = new CountDownLatch(1);
    WebSocket socket =
        HTTP.newWebSocketBuilder()
            .buildAsync(
                URI.create(url),
                new WebSocket.Listener() {
                  final StringBuilder partial = new StringBuilder();

                  @Override
                  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    long at = System.nanoTime();
                    partial.append(data);
                    if (last) {
                      String frame = partial.toString();
                      partial.setLength(0);
                      if (frame.contains("\"type\":\"" + hello + "\"")) {
                        ready.countDown();
                      } else if (frame.contains("\"type\":\"" + wanted + "\"")) {
                        heard.accept(at);
                      }
                    }
                    ws.request(1);
                    return null;
                  }
                })
            .join();
    if (!ready.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("no " + hello + " frame from " + url);
    }
    return socket;
  }

  static String url(String json) {
    return field(json, "url");
  }

  static String field(String json, String name) {
    return json.replaceAll(".*\"" + name + "\":\"([^\"]+)\".*", "$1");
  }

  static void require(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
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
    return field(response.body(), "access_token");
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
