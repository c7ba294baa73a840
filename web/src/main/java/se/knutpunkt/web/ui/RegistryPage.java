package se.knutpunkt.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.application.misuse.DocumentRegistryService;
import se.knutpunkt.application.misuse.ExaminationView;
import se.knutpunkt.domain.casefile.DocumentType;
import se.knutpunkt.domain.misuse.ExaminationResult;
import se.knutpunkt.domain.misuse.Matchable;

/**
 * The shared registry of examined identity documents: has this document been examined before,
 * where, with what result; and recording one's own examination.
 */
@Named
@ViewScoped
public class RegistryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient DocumentRegistryService registry;
  @Inject transient UserSession user;
  @Inject transient Failures failures;
  @Inject transient Texts texts;

  private String country = "SWE";
  private String number;
  private List<ExaminationView> found;

  private DocumentType type = DocumentType.PASS;
  private ExaminationResult result;
  private LocalDate examinedOn;
  private LocalDate validUntil;

  public void search() {
    try {
      found = registry.search(user.subject(), country, number);
      if (found.isEmpty()) {
        texts.info("registry.none");
      }
    } catch (RuntimeException e) {
      found = null;
      failures.show(e);
    }
  }

  public void record() {
    if (result == null) {
      texts.error("registry.chooseResult");
      return;
    }
    try {
      Matchable.Document document = (Matchable.Document) Matchable.document(country, number);
      registry.record(
          user.subject(),
          document,
          type,
          Optional.ofNullable(validUntil),
          result,
          Optional.ofNullable(examinedOn));
      texts.info("registry.recorded", document.shown());
      result = null;
    } catch (IllegalArgumentException e) {
      texts.error("registry.countryAndNumber");
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  public DocumentType[] getTypes() {
    return DocumentType.values();
  }

  public ExaminationResult[] getResults() {
    return ExaminationResult.values();
  }

  public List<ExaminationView> getFound() {
    return found;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public DocumentType getType() {
    return type;
  }

  public void setType(DocumentType type) {
    this.type = type;
  }

  public ExaminationResult getResult() {
    return result;
  }

  public void setResult(ExaminationResult result) {
    this.result = result;
  }

  public LocalDate getExaminedOn() {
    return examinedOn;
  }

  public void setExaminedOn(LocalDate examinedOn) {
    this.examinedOn = examinedOn;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }
}
