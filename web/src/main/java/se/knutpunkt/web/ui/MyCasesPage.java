package se.knutpunkt.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import se.knutpunkt.application.casework.CaseService;
import se.knutpunkt.application.casework.CaseSummary;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseType;

/** "Mina ärenden": the cases I am a member of, and opening a new one. */
@Named
@ViewScoped
public class MyCasesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CaseService cases;
  @Inject transient UserSession user;
  @Inject transient Failures failures;

  private List<CaseSummary> myCases = List.of();
  private String newTitle;
  private CaseType newType = CaseType.IDENTITETSMISSBRUK;

  @PostConstruct
  void load() {
    try {
      myCases = cases.myCases(user.subject());
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  public void openNewCase() throws IOException {
    try {
      CaseId id = cases.openCase(user.subject(), newTitle, newType);
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/cases/" + id);
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  public List<CaseSummary> getMyCases() {
    return myCases;
  }

  public CaseType[] getCaseTypes() {
    return CaseType.values();
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public CaseType getNewType() {
    return newType;
  }

  public void setNewType(CaseType newType) {
    this.newType = newType;
  }
}
