package se.knutpunkt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import se.knutpunkt.domain.casefile.FieldValue;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.user.Role;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * The rules of ARCHITECTURE.md that code review alone would let slip: one gate for case values, one
 * place for access decisions, Java crypto only in security, an application layer free of
 * infrastructure.
 */
class ArchitectureTest {

  private static final JavaClasses KNUTPUNKT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("se.knutpunkt");

  @Test
  void onlyTheGateReadsAStoredValue() {
    noClasses()
        .that()
        .resideOutsideOfPackage("se.knutpunkt.application.gate..")
        .should()
        .callMethod(FieldValue.class, "content")
        .because("every case value leaves the server through the gate, which decides and records")
        .check(KNUTPUNKT);
  }

  @Test
  void nothingOutsideSecurityDecidesOnRolesOrClearances() {
    noClasses()
        .that()
        .resideOutsideOfPackage("se.knutpunkt.security..")
        .should()
        .callMethod(Subject.class, "has", Role.class)
        .orShould()
        .callMethod(Subject.class, "worksCases")
        .orShould()
        .callMethod(Subject.class, "isClearedFor", ClassificationLevel.class)
        .orShould()
        .callMethod(ClassificationLevel.class, "covers", ClassificationLevel.class)
        .because("access is decided only by the policy decision point; pages ask for capabilities")
        .check(KNUTPUNKT);
  }

  @Test
  void pagesAndResourcesAskTheServicesNotThePolicy() {
    noClasses()
        .that()
        .resideInAPackage("se.knutpunkt.web..")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(PolicyDecisionPoint.class)
        .because("pages and resources ask Capabilities and the services, which ask the policy")
        .check(KNUTPUNKT);
  }

  @Test
  void theApplicationLayerImportsNoInfrastructure() {
    noClasses()
        .that()
        .resideInAPackage("se.knutpunkt.application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("se.knutpunkt.infrastructure..")
        .check(KNUTPUNKT);
  }

  @Test
  void javaCryptoLivesOnlyInSecurity() {
    noClasses()
        .that()
        .resideOutsideOfPackage("se.knutpunkt.security..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javax.crypto..", "org.bouncycastle..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.security.MessageDigest")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.security.Signature")
        .check(KNUTPUNKT);
  }
}
