package se.knutpunkt.domain.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** An agency that takes part in Knutpunkt (reference data, seeded by the migrations). */
@Entity
@Table(name = "agency")
public class Agency {

  @Id
  @Column(name = "code", length = 10)
  private String code;

  @Column(name = "name_sv", nullable = false, length = 200)
  private String nameSv;

  @Column(name = "name_en", nullable = false, length = 200)
  private String nameEn;

  protected Agency() {}

  public AgencyCode code() {
    return AgencyCode.of(code);
  }

  public String name(Locale locale) {
    return "sv".equals(locale.getLanguage()) ? nameSv : nameEn;
  }
}
