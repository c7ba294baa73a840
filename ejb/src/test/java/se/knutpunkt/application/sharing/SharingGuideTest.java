package se.knutpunkt.application.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.sharing.LegalBasis;
import se.knutpunkt.domain.sharing.SharingDemand;
import se.knutpunkt.domain.sharing.SharingGrounds;

/** The guide shipped in config/, as the forms and the services read it. */
class SharingGuideTest {

  private static final AgencyCode PMY = AgencyCode.of("PMY");
  private static final AgencyCode MIG = AgencyCode.of("MIG");
  private static final AgencyCode SKV = AgencyCode.of("SKV");
  private static final AgencyCode FK = AgencyCode.of("FK");

  private final SharingGuide guide = new SharingGuide();

  private static SharingGrounds grounds(LegalBasis basis, String needs, String balancing) {
    return new SharingGrounds(
        basis, Optional.ofNullable(needs), Optional.ofNullable(balancing), Optional.empty());
  }

  @Test
  void everyBasisIsExplainedInSwedishAndEnglishAndDemandsANeedsTest() {
    for (LegalBasis basis : LegalBasis.values()) {
      SharingGuide.Entry entry = guide.entry(basis);
      assertThat(entry.title(Locale.forLanguageTag("sv"))).isNotBlank();
      assertThat(entry.summary(Locale.ENGLISH)).isNotBlank();
      assertThat(entry.mayShare(Locale.ENGLISH))
          .isNotEqualTo(entry.mayShare(Locale.forLanguageTag("sv")));
      assertThat(entry.demands(SharingDemand.NEEDS_TEST)).as("%s", basis).isTrue();
    }
    assertThat(guide.entry(LegalBasis.OSL_10_27).demands(SharingDemand.BALANCING)).isTrue();
    assertThat(guide.entry(LegalBasis.OSL_10_15A).demands(SharingDemand.BALANCING)).isFalse();
    assertThat(guide.entry(LegalBasis.SAMTYCKE).demands(SharingDemand.CONSENT)).isTrue();
    assertThat(guide.aboutAgency(MIG, Locale.forLanguageTag("sv")))
        .hasValueSatisfying(t -> assertThat(t).contains("Migrationsverket"));
  }

  @Test
  void lubAppliesOnlyInCasesALawEnforcementAgencyOwnsAndLuffaOnlyAmongItsAgencies() {
    assertThat(guide.applies(LegalBasis.LUB_2025_170, PMY, PMY, MIG)).isTrue();
    assertThat(guide.applies(LegalBasis.LUB_2025_170, SKV, SKV, MIG)).isFalse();
    assertThat(guide.applies(LegalBasis.LUFFA_2024_307, FK, FK, SKV)).isTrue();
    assertThat(guide.applies(LegalBasis.LUFFA_2024_307, PMY, PMY, AgencyCode.of("KV"))).isFalse();
    assertThat(guide.applies(LegalBasis.OSL_10_15A, SKV, SKV, AgencyCode.of("KV"))).isTrue();
  }

  @Test
  void groundsMissingWhatTheBasisDemandsAreRefusedNamingTheField() {
    assertThatThrownBy(
            () -> guide.check(grounds(LegalBasis.OSL_10_27, "behövs", null), PMY, PMY, MIG))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("balancing"));
    assertThatThrownBy(() -> guide.check(grounds(LegalBasis.OSL_10_15A, "  ", null), PMY, PMY, MIG))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("needsTest"));
    assertThatThrownBy(
            () -> guide.check(grounds(LegalBasis.LUB_2025_170, "behövs", null), SKV, SKV, MIG))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("legalBasis"));
    assertThatThrownBy(
            () -> guide.check(grounds(LegalBasis.OSL_10_15A, "be\u0000hövs", null), PMY, PMY, MIG))
        .isInstanceOf(InvalidInputException.class);
    SharingGrounds kept =
        guide.check(grounds(LegalBasis.OSL_10_27, " behövs ", "väger tyngre"), PMY, PMY, MIG);
    assertThat(kept.needsTest()).contains("behövs");
    assertThat(kept.balancing()).contains("väger tyngre");
  }
}
