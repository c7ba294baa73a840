package se.knutpunkt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.knutpunkt.application.audit.AuditLogService;

/**
 * The auditor's own page (a first version): what part of the log they may read, and how large the
 * signed log is. Auditors see entries, never case content.
 */
@Named
@RequestScoped
public class AuditorHomePage {

  @Inject AuditLogService log;
  @Inject UserSession user;
  @Inject Texts texts;

  /** "Alla myndigheters poster" or "Poster där PMY är aktör eller ägare". */
  public String getReach() {
    return log.reachOf(user.subject())
        .agency()
        .map(agency -> texts.get("audit.reach.agency", agency.value()))
        .orElseGet(() -> texts.get("audit.reach.all"));
  }

  public long getLogSize() {
    return log.newestCheckpoint().checkpoint().size().value();
  }
}
