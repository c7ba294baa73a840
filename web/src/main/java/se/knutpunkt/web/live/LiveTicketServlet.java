package se.knutpunkt.web.live;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import se.knutpunkt.application.CaseNotFoundException;
import se.knutpunkt.application.live.LiveDelivery;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.web.api.json.Jsons;
import se.knutpunkt.web.auth.CurrentUser;

/**
 * Hands a signed-in page a ticket for the live connection of its case: {@code POST
 * /live-ticket?case=<id>} from the page itself (same origin), answered with {@code {ticket}}. The
 * page asks again before every reconnect. The API's clients ask {@code POST
 * /api/v1/cases/{id}/live} with their Bearer token instead.
 */
@WebServlet("/live-ticket")
public class LiveTicketServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser currentUser;
  @Inject LiveDelivery live;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // a page of another site could make the browser post here; it gets nothing
    String origin = request.getHeader("Origin");
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if ((origin != null && !sameOrigin(request, origin))
        || (fetchSite != null && !fetchSite.equals("same-origin"))) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if ("news".equals(request.getParameter("for"))) {
      // an inbox page follows no case: it hears only that its user has new notices
      if (!currentUser.isSignedIn()) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      write(response, live.newsTicket(currentUser.subject()));
      return;
    }
    Optional<CaseId> caseId = CaseId.parse(request.getParameter("case"));
    if (caseId.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String ticket;
    try {
      ticket = live.ticket(currentUser.subject(), caseId.get());
    } catch (CaseNotFoundException | jakarta.ejb.EJBException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    write(response, ticket);
  }

  private static void write(HttpServletResponse response, String ticket) throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(Jsons.object().add("ticket", ticket).build().toString());
  }

  private static boolean sameOrigin(HttpServletRequest request, String origin) {
    String host = request.getHeader("Host");
    return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
  }
}
