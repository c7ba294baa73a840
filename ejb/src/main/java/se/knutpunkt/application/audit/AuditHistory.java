package se.knutpunkt.application.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the log holds around an entry, for the anomaly rules that need more than the entry itself:
 * an actor's other denials, and the invitations of a case that ended.
 */
public interface AuditHistory {

  /** Knows nothing: only the per-entry rules apply. */
  AuditHistory NONE =
      new AuditHistory() {
        @Override
        public long denialsOf(String actor, Instant from, Instant to) {
          return 0;
        }

        @Override
        public List<EndedInvitation> endedInvitationsOf(String caseId) {
          return List.of();
        }
      };

  /** How many requests of the actor were denied in [from, to]. */
  long denialsOf(String actor, Instant from, Instant to);

  /** The case's invitations that were revoked or expired, with who left the case through it. */
  List<EndedInvitation> endedInvitationsOf(String caseId);

  /** An invitation's end: when, for which agency, and the members who left with it. */
  record EndedInvitation(Instant at, String agency, Set<String> left) {

    public EndedInvitation {
      left = Set.copyOf(left);
    }
  }
}
