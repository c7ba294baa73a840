package se.knutpunkt.application.live;

import se.knutpunkt.domain.casefile.CaseId;

/**
 * One open page (or client) following one case live: who it is, and how to reach it. Made by the
 * interface that holds the connection; frames reach it only from {@link CaseFollowers}.
 */
public interface Follower extends Listener {

  CaseId caseId();
}
