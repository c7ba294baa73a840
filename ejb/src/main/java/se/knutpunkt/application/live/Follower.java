package se.knutpunkt.application.live;

import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.security.policy.Subject;

/**
 * One open page (or client) following one case live: who it is, and how to reach it. Made by the
 * interface that holds the connection; frames reach it only from {@link CaseFollowers}.
 */
public interface Follower {

  /** Unique among the connections of this server. */
  String connectionId();

  Subject subject();

  CaseId caseId();

  /** Sends without waiting; a connection that is gone drops the frame. */
  void send(LiveFrame frame);

  /** Closes the connection (after a {@link LiveFrame.Gone}, say). */
  void close();
}
