package org.qunfang.it.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import java.util.List;

/** The module rules of DESIGN.md §1, checked over every module's classes. */
@AnalyzeClasses(packages = "org.qunfang", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

  private static final String[] CORES = {
    "org.qunfang.access..", "org.qunfang.grid..", "org.qunfang.hotline..", "org.qunfang.reports.."
  };

  /** Cores may use each other's apis both ways (access → grid-api, grid → access-api). */
  @ArchTest
  static final ArchRule apisHaveNoCycles =
      slices().matching("org.qunfang.(*).api..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule apisKnowOnlyApisAndTheKernel =
      noClasses()
          .that()
          .resideInAPackage("..api..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.qunfang..")
                  .and(not(resideInAnyPackage("..api..", "org.qunfang.kernel..")))
                  .as("module internals"));

  /** Business modules; each is reached from outside only through its api package. */
  private static final List<String> MODULES = List.of("access", "grid", "hotline", "reports");

  @ArchTest
  static final ArchRule modulesAreReachedOnlyThroughTheirApis =
      CompositeArchRule.of(
          MODULES.stream()
              .map(
                  module ->
                      noClasses()
                          .that()
                          .resideOutsideOfPackage("org.qunfang." + module + "..")
                          .should()
                          .dependOnClassesThat(
                              resideInAPackage("org.qunfang." + module + "..")
                                  .and(not(resideInAPackage("org.qunfang." + module + ".api..")))
                                  .as(module + " internals")))
              .map(ArchRule.class::cast)
              .toList());

  @ArchTest
  static final ArchRule apisHoldNoPersistenceOrEjb =
      noClasses()
          .that()
          .resideInAPackage("..api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "jakarta.ejb..");

  @ArchTest
  static final ArchRule kernelKnowsNoModule =
      noClasses()
          .that()
          .resideInAPackage("org.qunfang.kernel..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.qunfang.access..",
              "org.qunfang.grid..",
              "org.qunfang.hotline..",
              "org.qunfang.web..");

  @ArchTest
  static final ArchRule entitiesLiveInEntityPackages =
      classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..entity..");

  @ArchTest
  static final ArchRule entitiesStayInTheirModule =
      noClasses()
          .that()
          .resideOutsideOfPackages(CORES)
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Entity.class)
          .because("other modules get DTO records, never entities");

  @ArchTest
  static final ArchRule statelessBeansAreBoundaries =
      classes().that().areAnnotatedWith(Stateless.class).should().resideInAPackage("..boundary..");

  @ArchTest
  static final ArchRule singletonsAreBoundariesOrSchemaSetUp =
      classes()
          .that()
          .areAnnotatedWith(Singleton.class)
          .should()
          .resideInAnyPackage("..boundary..", "..schema..");

  @ArchTest
  static final ArchRule controlsHoldNoTransactions =
      noClasses()
          .that()
          .resideInAPackage("..control..")
          .should()
          .beAnnotatedWith(Stateless.class)
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.ejb.TransactionAttribute");

  @ArchTest
  static final ArchRule noImplOrManagerNames =
      noClasses()
          .that()
          .resideInAPackage("org.qunfang..")
          .should()
          .haveSimpleNameEndingWith("Impl")
          .orShould()
          .haveSimpleNameEndingWith("Manager");
}
