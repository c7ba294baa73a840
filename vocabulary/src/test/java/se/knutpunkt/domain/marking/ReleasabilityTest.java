package se.knutpunkt.domain.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.knutpunkt.domain.agency.AgencyCode;

class ReleasabilityTest {

  private static final AgencyCode PMY = AgencyCode.of("PMY");
  private static final AgencyCode MIG = AgencyCode.of("MIG");
  private static final AgencyCode SKV = AgencyCode.of("SKV");
  private static final AgencyCode SAPO = AgencyCode.of("SÄPO");
  private static final AgencyCode AM = AgencyCode.of("ÅM");

  @Test
  void thereAreExactlyTwoKinds() {
    assertThat(Releasability.class.isSealed()).isTrue();
    assertThat(Releasability.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(Releasability.ToCase.class, Releasability.ToAgencies.class);
  }

  @Test
  void caseWideReleasesToEveryAgencyTheCaseLetsIn() {
    for (AgencyCode agency : List.of(PMY, MIG, SKV, SAPO, AM, AgencyCode.IMY)) {
      assertThat(Releasability.CASE.releasesTo(agency)).as(agency.value()).isTrue();
    }
    assertThat(Releasability.CASE.storedForm())
        .isEqualTo("CASE")
        .isEqualTo(Releasability.CASE_TOKEN);
    assertThat(Releasability.CASE).hasToString("CASE").isInstanceOf(Releasability.ToCase.class);
  }

  @Test
  void anAgencyListReleasesToThoseAgenciesOnly() {
    Releasability releasable = Releasability.toAgencies(Set.of(PMY, MIG));
    assertThat(releasable.releasesTo(PMY)).isTrue();
    assertThat(releasable.releasesTo(MIG)).isTrue();
    assertThat(releasable.releasesTo(SKV)).isFalse();
    assertThat(releasable.releasesTo(AgencyCode.IMY)).isFalse();
    assertThat(releasable).isInstanceOf(Releasability.ToAgencies.class);
    assertThat(((Releasability.ToAgencies) releasable).agencies()).containsExactly(MIG, PMY);
  }

  @Test
  void theStoredFormIsSortedAndCommaSeparated() {
    Set<AgencyCode> unordered = new LinkedHashSet<>(List.of(SKV, SAPO, MIG, AM, PMY));
    assertThat(Releasability.toAgencies(unordered).storedForm()).isEqualTo("MIG,PMY,SKV,SÄPO,ÅM");
    assertThat(Releasability.toAgencies(Set.of(PMY)).storedForm()).isEqualTo("PMY");
  }

  @Test
  void equalityDoesNotDependOnOrderOrSetKind() {
    Releasability a = Releasability.toAgencies(new LinkedHashSet<>(List.of(PMY, MIG)));
    Releasability b = Releasability.toAgencies(new LinkedHashSet<>(List.of(MIG, PMY)));
    Releasability c = Releasability.toAgencies(new HashSet<>(Set.of(MIG, PMY)));
    assertThat(a).isEqualTo(b).isEqualTo(c).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Releasability.toAgencies(Set.of(PMY)));
    assertThat(a).isNotEqualTo(Releasability.CASE);
  }

  @Test
  void theListIsACopyThatCannotBeChanged() {
    Set<AgencyCode> given = new HashSet<>(Set.of(PMY));
    Releasability.ToAgencies releasable =
        (Releasability.ToAgencies) Releasability.toAgencies(given);
    given.add(MIG);
    assertThat(releasable.releasesTo(MIG)).isFalse();
    assertThatThrownBy(() -> releasable.agencies().add(SKV))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theRecordConstructorKeepsTheSameRulesAsToAgencies() {
    // ToAgencies is a public record: code (and pattern matching callers) can build one directly
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Releasability.ToAgencies(Set.of()))
        .withMessageContaining("at least one agency");
    Set<AgencyCode> given = new HashSet<>(Set.of(SKV, PMY, MIG));
    Releasability.ToAgencies direct = new Releasability.ToAgencies(given);
    given.remove(PMY);
    assertThat(direct.releasesTo(PMY)).as("a copy, not a view of the caller's set").isTrue();
    assertThat(direct.storedForm()).isEqualTo("MIG,PMY,SKV");
    assertThatThrownBy(() -> direct.agencies().add(SAPO))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(direct).isEqualTo(Releasability.toAgencies(Set.of(PMY, MIG, SKV)));
  }

  @Test
  void anEmptyListIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Releasability.toAgencies(Set.of()))
        .withMessageContaining("at least one agency");
  }

  @Test
  void theStoredFormReadsBack() {
    assertThat(Releasability.fromStoredForm("CASE")).isSameAs(Releasability.CASE);
    for (Releasability releasable :
        List.of(
            Releasability.toAgencies(Set.of(PMY)),
            Releasability.toAgencies(Set.of(PMY, MIG, SKV)),
            Releasability.toAgencies(Set.of(SAPO, AM)))) {
      assertThat(Releasability.fromStoredForm(releasable.storedForm())).isEqualTo(releasable);
    }
    assertThat(Releasability.fromStoredForm("SKV,MIG"))
        .isEqualTo(Releasability.toAgencies(Set.of(MIG, SKV)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "case", "PMY,", "PMY,MIG,", ",PMY", "PMY,,MIG", "pmy", "PMY MIG", "PMY, MIG"})
  void aDamagedStoredFormIsRejected(String stored) {
    assertThatIllegalArgumentException().isThrownBy(() -> Releasability.fromStoredForm(stored));
  }
}
