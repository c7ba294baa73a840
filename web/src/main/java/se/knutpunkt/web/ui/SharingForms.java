package se.knutpunkt.web.ui;

import java.util.Optional;
import se.knutpunkt.application.sharing.SharingGuide;
import se.knutpunkt.domain.sharing.LegalBasis;
import se.knutpunkt.domain.sharing.SharingDemand;
import se.knutpunkt.domain.sharing.SharingGrounds;

/**
 * The grounds part of a sharing form (an invitation, a disclosure decision): the legal basis chosen
 * and what the guide says it demands, with the texts written for it. Both forms show the guide for
 * the basis chosen and ask for exactly what it demands.
 */
public final class SharingForms {

  /** Where the agencies work: dates in the forms are days there. */
  public static final java.time.ZoneId SWEDEN = java.time.ZoneId.of("Europe/Stockholm");

  /** What one form holds of its grounds. */
  public static final class Grounds implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private String basis;
    private String needsTest;
    private String balancing;
    private String consent;

    public String getBasis() {
      return basis;
    }

    public void setBasis(String basis) {
      this.basis = basis;
    }

    public String getNeedsTest() {
      return needsTest;
    }

    public void setNeedsTest(String needsTest) {
      this.needsTest = needsTest;
    }

    public String getBalancing() {
      return balancing;
    }

    public void setBalancing(String balancing) {
      this.balancing = balancing;
    }

    public String getConsent() {
      return consent;
    }

    public void setConsent(String consent) {
      this.consent = consent;
    }

    public Optional<LegalBasis> chosen() {
      return LegalBasis.fromCode(basis);
    }

    /**
     * The grounds as written for the basis chosen — only the texts it demands (a text written for a
     * basis chosen before is not sent) — or empty when no basis is chosen.
     */
    public Optional<SharingGrounds> written(SharingGuide guide) {
      return chosen()
          .map(
              b -> {
                SharingGuide.Entry entry = guide.entry(b);
                return new SharingGrounds(
                    b,
                    text(entry, SharingDemand.NEEDS_TEST, needsTest),
                    text(entry, SharingDemand.BALANCING, balancing),
                    text(entry, SharingDemand.CONSENT, consent));
              });
    }

    private static Optional<String> text(
        SharingGuide.Entry entry, SharingDemand demand, String written) {
      return entry.demands(demand) ? Optional.ofNullable(written) : Optional.empty();
    }

    public void clear() {
      basis = null;
      needsTest = null;
      balancing = null;
      consent = null;
    }
  }

  private SharingForms() {}

  /** Whether the chosen basis demands this ("NEEDS_TEST", "BALANCING", "CONSENT"). */
  public static boolean demands(SharingGuide guide, Grounds grounds, String demand) {
    return grounds
        .chosen()
        .map(b -> guide.entry(b).demands(SharingDemand.valueOf(demand)))
        .orElse(false);
  }

  public static Optional<SharingGuide.Entry> entry(SharingGuide guide, Grounds grounds) {
    return grounds.chosen().map(guide::entry);
  }
}
