package se.knutpunkt.application.identifier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import se.knutpunkt.application.AccessGuard;
import se.knutpunkt.application.AccessGuard.Target;
import se.knutpunkt.domain.identifier.IdentifierValidation;
import se.knutpunkt.domain.identifier.NationalIdentifiers;
import se.knutpunkt.security.policy.AccessRequest;
import se.knutpunkt.security.policy.Subject;

/** Checks personnummer, samordningsnummer and organisationsnummer as people type them. */
@Stateless
public class IdentifierService {

  /** Centuries are decided by the Swedish calendar date, not the server's time zone. */
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject AccessGuard guard;
  @Inject Clock clock;

  public IdentifierValidation validate(Subject subject, String text) {
    guard.require(new AccessRequest.ValidateIdentifier(subject), Target.none());
    return NationalIdentifiers.validate(text, LocalDate.now(clock.withZone(SWEDEN)));
  }
}
