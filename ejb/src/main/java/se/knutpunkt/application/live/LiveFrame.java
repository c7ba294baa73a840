package se.knutpunkt.application.live;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.application.casework.FieldView;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.user.Username;

/** What a follower of a case is told: changed values, who is there, or that the case is gone. */
public sealed interface LiveFrame {

  /** The case a frame is about; none for news that concern the user anywhere. */
  Optional<CaseId> about();

  /** A frame about one case. */
  sealed interface OfCase extends LiveFrame {
    CaseId caseId();

    @Override
    default Optional<CaseId> about() {
      return Optional.of(caseId());
    }
  }

  /** The follower is connected; after a reconnect it reads the case again to catch up. */
  record Welcome(CaseId caseId) implements OfCase {}

  /**
   * Values that changed, as the gate let them through to this follower: released ones with their
   * value (or that they were removed), withheld ones as placeholders ("changed", with marking).
   */
  record Values(CaseId caseId, List<FieldView> values) implements OfCase {
    public Values {
      Objects.requireNonNull(caseId);
      values = List.copyOf(values);
    }
  }

  /** Who has the case open, and who is editing which value. */
  record Presence(CaseId caseId, List<Present> present) implements OfCase {
    public Presence {
      Objects.requireNonNull(caseId);
      present = List.copyOf(present);
    }
  }

  /** One person with the case open: the value they are editing, where the reader may know it. */
  record Present(Username username, AgencyCode agency, Optional<FieldPath> editing) {
    public Present {
      Objects.requireNonNull(username);
      Objects.requireNonNull(agency);
      Objects.requireNonNull(editing);
    }
  }

  /** The follower may no longer open the case (removed, invitation ended): the page leaves it. */
  record Gone(CaseId caseId) implements OfCase {}

  /** The follower's user has new notices (about any case); the page asks for them itself. */
  record NoticesChanged() implements LiveFrame {
    @Override
    public Optional<CaseId> about() {
      return Optional.empty();
    }
  }

  /** A page that follows no case but the user's news (an inbox) is connected. */
  record Listening() implements LiveFrame {
    @Override
    public Optional<CaseId> about() {
      return Optional.empty();
    }
  }
}
