package se.knutpunkt.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.Set;
import se.knutpunkt.application.sharing.SharingGuide;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.sharing.LegalBasis;

/** How the sharing page and the ID-SPOC inbox say days, scopes and legal bases: one place. */
@Named
@RequestScoped
public class SharingTexts {

  @Inject Texts texts;
  @Inject SharingGuide guide;

  /** The day an instant falls on where the agencies work. */
  public String day(OffsetDateTime at) {
    return at == null ? "" : at.atZoneSameInstant(SharingForms.SWEDEN).toLocalDate().toString();
  }

  /** The last day an invitation runs: its end is the first moment after it. */
  public String lastDay(OffsetDateTime end) {
    return end.atZoneSameInstant(SharingForms.SWEDEN).minusNanos(1).toLocalDate().toString();
  }

  public String sectionList(Set<CaseSection> scope) {
    return String.join(
        ", ", scope.stream().sorted().map(s -> texts.get("section." + s.code())).toList());
  }

  public String basisTitle(LegalBasis basis) {
    return guide.entry(basis).title(texts.locale());
  }
}
