package se.knutpunkt.application.live;

import java.util.List;
import se.knutpunkt.application.notice.Recipients;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.event.CaseEvent;

/**
 * Where what happened to a case enters the live workspace, on the server where it happened. The
 * single-server implementation ({@link LocalLiveUpdates}) hands it to this server's followers; an
 * implementation for a cluster sends it over the data grid to every instance, each of which hands
 * it to its own followers. Pages and services do not change between the two (ADR 0009).
 */
public interface LiveUpdates {

  /** The committed changes of one transaction (values, items, memberships), in order. */
  void announce(List<CaseEvent> events);

  /** Someone opened, left, or started or stopped editing a value of a case. */
  void presenceChanged(CaseId caseId);

  /** These people, and the ID-SPOCs of these agencies, have new notices. */
  void noticesPosted(Recipients recipients);
}
