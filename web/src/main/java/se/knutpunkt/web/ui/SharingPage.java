package se.knutpunkt.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.application.CaseNotFoundException;
import se.knutpunkt.application.identity.Agencies;
import se.knutpunkt.application.sharing.InvitationDraft;
import se.knutpunkt.application.sharing.InvitationService;
import se.knutpunkt.application.sharing.InvitationView;
import se.knutpunkt.application.sharing.SharingGuide;
import se.knutpunkt.application.sharing.SharingHistory;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.sharing.InvitationState;
import se.knutpunkt.domain.sharing.LegalBasis;

/**
 * Sharing a case: the form that invites another agency, with the guide "Vad får jag dela med vem?"
 * beside it for the agency and basis chosen, and the case's sharing history — every invitation and
 * disclosure decision with its grounds — with revocation of those still in force.
 */
@Named
@ViewScoped
public class SharingPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneId SWEDEN = SharingForms.SWEDEN;

  @Inject transient InvitationService invitations;
  @Inject transient SharingGuide guide;
  @Inject transient Agencies agencies;
  @Inject transient UserSession user;
  @Inject transient Failures failures;
  @Inject transient Texts texts;

  private CaseId caseId;
  private transient SharingHistory history;
  private boolean found;

  private String agency;
  private List<String> sections = new ArrayList<>(List.of("overview"));
  private String purpose;
  private String endDate = LocalDate.now(SWEDEN).plusDays(30).toString();
  private final SharingForms.Grounds grounds = new SharingForms.Grounds();

  /** Reads the case named by the request's {@code case} parameter. */
  public void load() {
    String requested =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("case");
    caseId = requested == null ? null : CaseId.parse(requested).orElse(null);
    found = caseId != null && getHistory() != null;
  }

  public SharingHistory getHistory() {
    if (history == null && caseId != null) {
      try {
        history = invitations.history(user.subject(), caseId);
      } catch (CaseNotFoundException e) {
        return null;
      } catch (RuntimeException e) {
        failures.show(e);
        return null;
      }
    }
    return history;
  }

  public boolean isFound() {
    return found;
  }

  public String getCaseId() {
    return caseId == null ? "" : caseId.toString();
  }

  public void send() {
    Optional<AgencyCode> invited =
        Optional.ofNullable(agency).filter(a -> !a.isBlank()).map(AgencyCode::of);
    if (invited.isEmpty()) {
      texts.error("sharing.chooseAgency");
      return;
    }
    if (grounds.written(guide).isEmpty()) {
      texts.error("sharing.chooseBasis");
      return;
    }
    LocalDate end;
    try {
      end = LocalDate.parse(String.valueOf(endDate));
    } catch (DateTimeParseException e) {
      texts.error("sharing.badDate");
      return;
    }
    Set<CaseSection> scope = EnumSet.noneOf(CaseSection.class);
    sections.forEach(code -> CaseSection.fromCode(code).ifPresent(scope::add));
    try {
      InvitationView sent =
          invitations.invite(
              user.subject(),
              caseId,
              new InvitationDraft(
                  invited.get(),
                  scope,
                  purpose,
                  grounds.written(guide).get(),
                  end.plusDays(1).atStartOfDay(SWEDEN).toOffsetDateTime()));
      texts.info("sharing.sent", sent.invitedAgency().value());
      purpose = null;
      agency = null;
      grounds.clear();
      history = null;
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  public void revoke(String invitationId) {
    try {
      invitations.revoke(user.subject(), invitationId);
      texts.info("sharing.revoked");
    } catch (RuntimeException e) {
      failures.show(e);
    }
    history = null;
  }

  /** Shows the guide for what was just chosen; nothing is sent. */
  public void choose() {}

  public boolean mayRevoke(InvitationView invitation) {
    return getHistory() != null
        && getHistory().mayInvite()
        && (invitation.state() == InvitationState.PENDING
            || invitation.state() == InvitationState.ACCEPTED);
  }

  public List<String> getAgencyChoices() {
    String own = user.getAgency();
    return agencies.all().stream()
        .map(AgencyCode::value)
        .filter(code -> !code.equals(own) && !code.equals(AgencyCode.IMY.value()))
        .toList();
  }

  public List<CaseSection> getSectionChoices() {
    return Arrays.asList(CaseSection.values());
  }

  public List<LegalBasis> getBases() {
    return Arrays.asList(LegalBasis.values());
  }

  public SharingGuide.Entry getGuide() {
    return SharingForms.entry(guide, grounds).orElse(null);
  }

  public boolean demands(String demand) {
    return SharingForms.demands(guide, grounds, demand);
  }

  /** What the guide says of the chosen agency's work and needs. */
  public String getAboutAgency() {
    return Optional.ofNullable(agency)
        .filter(a -> !a.isBlank())
        .flatMap(a -> guide.aboutAgency(AgencyCode.of(a), texts.locale()))
        .orElse(null);
  }

  /** Whether the chosen basis cannot apply between the owner and the chosen agency. */
  public boolean isBasisNotBetween() {
    if (agency == null || agency.isBlank() || grounds.chosen().isEmpty()) {
      return false;
    }
    AgencyCode owner = AgencyCode.of(user.getAgency());
    return !guide.applies(grounds.chosen().get(), owner, owner, AgencyCode.of(agency));
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public List<String> getSections() {
    return sections;
  }

  public void setSections(List<String> sections) {
    this.sections = sections == null ? new ArrayList<>() : new ArrayList<>(sections);
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getEndDate() {
    return endDate;
  }

  public void setEndDate(String endDate) {
    this.endDate = endDate;
  }

  public SharingForms.Grounds getGrounds() {
    return grounds;
  }
}
