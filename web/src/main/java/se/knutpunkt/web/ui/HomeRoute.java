package se.knutpunkt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Sends each person to the page of their work before a page they have no use for is built: an
 * auditor asking for "my cases" lands on the auditor's workspace, with no denial recorded.
 */
@Named
@RequestScoped
public class HomeRoute {

  @Inject UserSession user;

  /** For a page's view action: stay ({@code null}) if this is the person's page, else go home. */
  public String stayIf(String page) {
    String home = user.homeOutcome();
    return home.equals(page) ? null : home + "?faces-redirect=true";
  }

  /** For the ID-SPOC inbox: others go home. */
  public String stayIfSpoc() {
    return user.getMay().readsSpocInbox() ? null : user.homeOutcome() + "?faces-redirect=true";
  }

  /** For a page any case worker may see: others go home. */
  public String stayIfCaseWorker() {
    return user.getMay().worksCases() ? null : user.homeOutcome() + "?faces-redirect=true";
  }
}
