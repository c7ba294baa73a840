package se.knutpunkt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.knutpunkt.application.Capabilities;
import se.knutpunkt.application.identity.SignInService;
import se.knutpunkt.security.policy.Subject;
import se.knutpunkt.web.auth.CurrentUser;

/** The signed-in person as the page header shows them, and signing out. */
@Named
@RequestScoped
public class UserSession {

  @Inject CurrentUser currentUser;
  @Inject SignInService signIns;
  @Inject Capabilities capabilities;

  private Capabilities.OfUser may;

  /** What the person may do, asked once per request of the policy (pages route by this). */
  public Capabilities.OfUser getMay() {
    if (may == null) {
      may = capabilities.of(currentUser.subject());
    }
    return may;
  }

  /** Where the person starts: their cases, the auditor's workspace, or the platform page. */
  public String homeOutcome() {
    if (getMay().worksCases()) {
      return "/index";
    }
    return getMay().auditsLog() ? "/audit" : "/platform";
  }

  public String getDisplayName() {
    return currentUser.displayName();
  }

  public String getUsername() {
    return currentUser.subject().username().value();
  }

  public String getAgency() {
    return currentUser.subject().agency().value();
  }

  public String getClearance() {
    return currentUser.subject().clearance().map(Enum::name).orElse(null);
  }

  public Subject subject() {
    return currentUser.subject();
  }

  /** Ends the session here and at the identity provider, which then sends the browser back. */
  public void signOut() throws IOException {
    signIns.signedOut(currentUser.subject());
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    var openId = currentUser.openIdContext();
    if (openId.isPresent()) {
      openId.get().logout(request, response);
    } else {
      external.invalidateSession();
      external.redirect(external.getRequestContextPath() + "/signed-out.xhtml");
    }
    faces.responseComplete();
  }
}
