package se.knutpunkt.web.live;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.knutpunkt.application.live.CaseFollowers;
import se.knutpunkt.application.live.Follower;
import se.knutpunkt.application.live.Listener;
import se.knutpunkt.application.live.LiveFrame;
import se.knutpunkt.application.live.LiveTickets;
import se.knutpunkt.application.live.LiveUpdates;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.security.policy.Subject;

/**
 * The live connection of one open case: {@code ws://.../knutpunkt/live?ticket=...}. A plain
 * WebSocket endpoint, not Faces' push, so that no push state sits in the HTTP session (which could
 * then not fail over to another instance) and so that API clients can follow a case too (ADR 0009).
 * The ticket ({@link LiveTickets}) says who connects to which case; frames are made for each
 * follower by the live workspace and the gate, never here.
 *
 * <p>Followers tell what they are editing: {@code {"type":"editing","path":"overview.summary"}} and
 * {@code {"type":"idle"}}.
 */
@ServerEndpoint(value = "/live", configurator = SameOriginOnly.class)
public class LiveEndpoint {

  private static final Logger LOG = Logger.getLogger(LiveEndpoint.class.getName());
  static final int MAX_MESSAGE_BYTES = 1024;
  private static final String FOLLOWER = "knutpunkt.follower";
  private static final String LISTENER = "knutpunkt.listener";

  @Inject LiveTickets tickets;
  @Inject CaseFollowers followers;
  @Inject LiveUpdates updates;

  @OnOpen
  public void open(Session session) throws IOException {
    session.setMaxTextMessageBufferSize(MAX_MESSAGE_BYTES);
    session.setMaxIdleTimeout(0);
    List<String> given = session.getRequestParameterMap().get("ticket");
    Optional<LiveTickets.Ticket> ticket =
        tickets.redeem(given == null || given.isEmpty() ? null : given.get(0));
    if (ticket.isEmpty()) {
      session.close(
          new CloseReason(
              CloseReason.CloseCodes.VIOLATED_POLICY, "no valid ticket: ask for a new one"));
      return;
    }
    if (ticket.get().caseId().isEmpty()) {
      NewsListener listener = new NewsListener(session, ticket.get().subject());
      session.getUserProperties().put(LISTENER, listener);
      listener.send(new LiveFrame.Listening());
      followers.listen(listener);
      return;
    }
    SessionFollower follower =
        new SessionFollower(session, ticket.get().subject(), ticket.get().caseId().get());
    session.getUserProperties().put(FOLLOWER, follower);
    follower.send(new LiveFrame.Welcome(follower.caseId()));
    followers.join(follower);
    updates.presenceChanged(follower.caseId());
  }

  @OnMessage
  public void message(Session session, String text) {
    SessionFollower follower = (SessionFollower) session.getUserProperties().get(FOLLOWER);
    if (follower == null) {
      return;
    }
    Optional<FieldPath> editing;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      JsonObject message = reader.readObject();
      String type = message.getString("type", "");
      if (type.equals("idle")) {
        editing = Optional.empty();
      } else if (type.equals("editing")
          && message.get("path") instanceof JsonString path
          && message.get("path").getValueType() == JsonValue.ValueType.STRING) {
        editing = Optional.of(FieldPath.of(path.getString()));
      } else {
        return;
      }
    } catch (RuntimeException e) {
      // a follower's malformed message changes nothing and says nothing back
      return;
    }
    if (followers.editing(follower, editing)) {
      updates.presenceChanged(follower.caseId());
    }
  }

  @OnClose
  public void close(Session session) {
    Listener listener = (Listener) session.getUserProperties().remove(LISTENER);
    if (listener != null) {
      followers.stopListening(listener);
    }
    SessionFollower follower = (SessionFollower) session.getUserProperties().remove(FOLLOWER);
    if (follower != null) {
      followers.leave(follower);
      updates.presenceChanged(follower.caseId());
    }
  }

  @OnError
  public void error(Session session, Throwable error) {
    LOG.log(Level.FINE, "Live connection " + session.getId() + " failed", error);
  }

  /**
   * A page on the live channel, reached through its WebSocket session; frames are sent without
   * waiting. As such it hears only of its user's news (an inbox page).
   */
  private static class NewsListener implements Listener {

    private final Session session;
    private final Subject subject;

    NewsListener(Session session, Subject subject) {
      this.session = session;
      this.subject = subject;
    }

    @Override
    public String connectionId() {
      return session.getId();
    }

    @Override
    public Subject subject() {
      return subject;
    }

    @Override
    public void send(LiveFrame frame) {
      if (session.isOpen()) {
        session.getAsyncRemote().sendText(LiveFrames.json(frame));
      }
    }

    @Override
    public void close() {
      try {
        session.close(
            new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "closed by the server"));
      } catch (IOException e) {
        // already gone
      }
    }
  }

  /** A page that follows one case. */
  private static final class SessionFollower extends NewsListener implements Follower {

    private final CaseId caseId;

    SessionFollower(Session session, Subject subject, CaseId caseId) {
      super(session, subject);
      this.caseId = caseId;
    }

    @Override
    public CaseId caseId() {
      return caseId;
    }
  }
}
