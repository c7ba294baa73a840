package se.knutpunkt.domain.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import se.knutpunkt.domain.agency.AgencyCode;

/** One value version released to one agency by a granted disclosure request; never taken back. */
@Entity
@Table(name = "disclosed_value")
public class DisclosedValue {

  @Id
  @SequenceGenerator(
      name = "disclosed_value",
      sequenceName = "disclosed_value_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosed_value")
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private CaseFile caseFile;

  @Column(name = "path", nullable = false, length = 200)
  private String path;

  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "agency", nullable = false, length = 10)
  private String agency;

  @Column(name = "request_id", nullable = false, length = 36)
  private String requestId;

  protected DisclosedValue() {}

  DisclosedValue(CaseFile caseFile, ValueVersion value, AgencyCode agency, String requestId) {
    this.caseFile = caseFile;
    this.path = value.path().value();
    this.version = value.version();
    this.agency = agency.value();
    this.requestId = requestId;
  }

  public ValueVersion value() {
    return new ValueVersion(FieldPath.of(path), version);
  }

  public AgencyCode agency() {
    return AgencyCode.of(agency);
  }

  boolean isTo(AgencyCode code) {
    return agency.equals(code.value());
  }

  public String requestId() {
    return requestId;
  }
}
