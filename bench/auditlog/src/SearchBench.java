import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 14's search goal: GET /audit/entries over a log of a million entries, p95 <= 200 ms for
 * each filter, as ivar.imy (IMY: every entry) and alva.pmy (PMY's reach). Sequential requests, one
 * at a time, after a warm-up: the latency one auditor sees. Each filter is asked for its first page
 * and for page 20.
 *
 * <p>Args: apiUrl tokenUrl caseId from to
 */
public class SearchBench {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int WARM_UP = 5;
  private static final int TIMED = 40;

  public static void main(String[] args) throws Exception {
    String api = args[0], tokenUrl = args[1], caseId = args[2], from = args[3], to = args[4];
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("none", "");
    filters.put("case", "caseId=" + caseId);
    filters.put("user", "actor=anna.pmy");
    filters.put("agency", "agency=MIG");
    filters.put("action", "action=field.write");
    filters.put("outcome", "outcome=DENY");
    filters.put("time", "from=" + from + "&to=" + to);
    filters.put("user+outcome+time", "actor=maria.mig&outcome=DENY&from=" + from + "&to=" + to);
    System.out.printf("%-10s %-20s %6s %9s %9s %9s %10s%n",
        "auditor", "filter", "page", "p50 ms", "p95 ms", "max ms", "total");
    for (String user : new String[] {"ivar.imy", "alva.pmy"}) {
      String token = token(tokenUrl, user);
      for (Map.Entry<String, String> filter : filters.entrySet()) {
        for (int page : new int[] {1, 20}) {
          String query = api + "/audit/entries?" + filter.getValue()
              + (filter.getValue().isEmpty() ? "" : "&") + "page=" + page;
          String total = "";
          double[] millis = new double[TIMED];
          for (int i = 0; i < WARM_UP + TIMED; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(query))
                    .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            if (response.statusCode() != 200) {
              throw new IllegalStateException(query + ": " + response.statusCode() + " " + response.body());
            }
            if (i >= WARM_UP) {
              millis[i - WARM_UP] = (t1 - t0) / 1e6;
            }
            Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(response.body());
            total = m.find() ? m.group(1) : "?";
          }
          Arrays.sort(millis);
          System.out.printf("%-10s %-20s %6d %9.1f %9.1f %9.1f %10s%n", user, filter.getKey(), page,
              millis[TIMED / 2], millis[(int) Math.ceil(TIMED * 0.95) - 1], millis[TIMED - 1], total);
        }
      }
    }
  }

  static String token(String tokenUrl, String user) throws Exception {
    String form = "client_id=knutpunkt-cli&grant_type=password&password=demo&username="
        + URLEncoder.encode(user, StandardCharsets.UTF_8);
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(URI.create(tokenUrl))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
    if (!m.find()) {
      throw new IllegalStateException("no token for " + user + ": " + response.body());
    }
    return m.group(1);
  }
}
