package se.knutpunkt.domain.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.knutpunkt.domain.agency.AgencyCode;

class MarkingTest {

  private static final AgencyCode PMY = AgencyCode.of("PMY");
  private static final AgencyCode MIG = AgencyCode.of("MIG");
  private static final AgencyCode SKV = AgencyCode.of("SKV");

  @Test
  void aMissingMarkingMeansInternalReleasedToTheCaseOwnedByTheWriter() {
    // API.md: a missing marking means {level: INTERNAL, releasable: "CASE"}; owner = writer's
    // agency
    Marking marking = Marking.defaultFor(MIG);
    assertThat(marking.level()).isEqualTo(ClassificationLevel.INTERNAL);
    assertThat(marking.releasable()).isSameAs(Releasability.CASE);
    assertThat(marking.owner()).isEqualTo(MIG);
    assertThat(marking.legalReference()).isEmpty();
    assertThat(marking.handlingCode()).isEmpty();
    assertThat(marking).isEqualTo(Marking.of(ClassificationLevel.INTERNAL, MIG));
  }

  @Test
  void ofGivesALevelReleasedToTheCase() {
    Marking marking = Marking.of(ClassificationLevel.INTERNAL, PMY);
    assertThat(marking)
        .isEqualTo(
            new Marking(
                ClassificationLevel.INTERNAL,
                PMY,
                Releasability.CASE,
                Optional.empty(),
                Optional.empty()));
    LegalReference osl = new LegalReference("OSL 35 kap. 1 §");
    assertThat(Marking.of(ClassificationLevel.STRICT, PMY, osl))
        .isEqualTo(
            new Marking(
                ClassificationLevel.STRICT,
                PMY,
                Releasability.CASE,
                Optional.of(osl),
                Optional.empty()));
  }

  @Test
  void secrecyAlwaysCarriesItsProvision() {
    for (ClassificationLevel level : ClassificationLevel.values()) {
      if (level.requiresLegalReference()) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Marking.of(level, PMY))
            .withMessageContaining("legal reference");
      } else {
        assertThat(Marking.of(level, PMY).legalReference()).isEmpty();
      }
    }
    assertThat(ClassificationLevel.CONFIDENTIAL.requiresLegalReference()).isTrue();
    assertThat(ClassificationLevel.STRICT.requiresLegalReference()).isTrue();
    assertThat(ClassificationLevel.INTERNAL.requiresLegalReference()).isFalse();
  }

  @Test
  void theServerSetsTheOwnerAndKeepsTheRest() {
    Marking asked =
        new Marking(
            ClassificationLevel.CONFIDENTIAL,
            SKV,
            Releasability.toAgencies(Set.of(PMY, MIG)),
            Optional.of(new LegalReference("OSL 35 kap. 1 §")),
            Optional.of(HandlingCode.H2));
    Marking stored = asked.withOwner(PMY);
    assertThat(stored.owner()).isEqualTo(PMY);
    assertThat(stored.level()).isEqualTo(asked.level());
    assertThat(stored.releasable()).isEqualTo(asked.releasable());
    assertThat(stored.legalReference()).isEqualTo(asked.legalReference());
    assertThat(stored.handlingCode()).isEqualTo(asked.handlingCode());
    assertThat(asked.owner()).as("a marking is a value: withOwner makes a new one").isEqualTo(SKV);
    assertThat(stored).isNotEqualTo(asked).isEqualTo(asked.withOwner(PMY));
  }

  @Test
  void theOwnerAlwaysReceivesItsOwnValue() {
    Marking onlyToMig =
        new Marking(
            ClassificationLevel.STRICT,
            PMY,
            Releasability.toAgencies(Set.of(MIG)),
            Optional.of(new LegalReference("OSL 18 kap. 1 §")),
            Optional.empty());
    assertThat(onlyToMig.isReleasableTo(PMY)).isTrue();
    assertThat(onlyToMig.isReleasableTo(MIG)).isTrue();
    assertThat(onlyToMig.isReleasableTo(SKV)).isFalse();
    assertThat(onlyToMig.isReleasableTo(AgencyCode.IMY)).isFalse();
  }

  @Test
  void caseWideReleasesToEveryAgency() {
    Marking marking = Marking.defaultFor(PMY);
    assertThat(marking.isReleasableTo(PMY)).isTrue();
    assertThat(marking.isReleasableTo(MIG)).isTrue();
    assertThat(marking.isReleasableTo(SKV)).isTrue();
  }

  @Test
  void everyPartIsRequired() {
    Optional<LegalReference> none = Optional.empty();
    Optional<HandlingCode> noCode = Optional.empty();
    assertThatNullPointerException()
        .isThrownBy(() -> new Marking(null, PMY, Releasability.CASE, none, noCode))
        .withMessage("level");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Marking(ClassificationLevel.OPEN, null, Releasability.CASE, none, noCode))
        .withMessage("owner");
    assertThatNullPointerException()
        .isThrownBy(() -> new Marking(ClassificationLevel.OPEN, PMY, null, none, noCode))
        .withMessage("releasable");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Marking(ClassificationLevel.OPEN, PMY, Releasability.CASE, null, noCode))
        .withMessage("legalReference");
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Marking(ClassificationLevel.OPEN, PMY, Releasability.CASE, none, null))
        .withMessage("handlingCode");
  }
}
