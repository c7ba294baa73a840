package se.knutpunkt.web.api.json;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.knutpunkt.web.api.problem.ProblemWriter;

/**
 * A JSON body that declares itself larger than the API reads is refused before a byte of it is
 * read, and the connection is closed: the client gets its 413 at once instead of sending 30 MB that
 * nobody will look at. Bodies without a declared length are still held to the same limit while they
 * are read ({@link JsonBodyReader}).
 */
public class DeclaredBodyLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Up to this much of a refused body is read and discarded, so the client hears the 413. */
  static final long DISCARD_LIMIT = 64L * 1024 * 1024;

  @Inject
  @ConfigProperty(name = "knutpunkt.api.max-json-bytes", defaultValue = "65536")
  int maxBytes;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long declared = request.getContentLengthLong();
    if (isJson(request.getContentType()) && declared > maxBytes) {
      if (declared <= DISCARD_LIMIT) {
        discard(request.getInputStream());
      } else {
        response.setHeader("Connection", "close");
      }
      ProblemWriter.write(response, JsonBodyReader.tooLarge(maxBytes));
      return;
    }
    chain.doFilter(request, response);
  }

  static void discard(InputStream body) throws IOException {
    byte[] sink = new byte[64 * 1024];
    long left = DISCARD_LIMIT;
    int read;
    while (left > 0 && (read = body.read(sink, 0, (int) Math.min(sink.length, left))) >= 0) {
      left -= read;
    }
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    int parameters = type.indexOf(';');
    String bare = (parameters < 0 ? type : type.substring(0, parameters)).strip();
    return bare.equals("application/json") || bare.endsWith("+json");
  }
}
