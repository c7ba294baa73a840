package se.knutpunkt.application.live;

import se.knutpunkt.security.policy.Subject;

/**
 * One open page (or client) of a signed-in person on the live channel: a {@link Follower} of a
 * case, or a page that hears only of the person's news (the ID-SPOC inbox, say).
 */
public interface Listener {

  /** Unique among the connections of this server. */
  String connectionId();

  Subject subject();

  /** Sends without waiting; a connection that is gone drops the frame. */
  void send(LiveFrame frame);

  /** Closes the connection (after a {@link LiveFrame.Gone}, say). */
  void close();
}
