package org.qunfang.it.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;

/** The module rules of DESIGN.md §1, checked over every module's classes. */
@AnalyzeClasses(packages = "org.qunfang", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

  private static final String[] CORES = {"org.qunfang.access..", "org.qunfang.grid.."};

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
              DescribedPredicate.describe(
                  "module internals",
                  c ->
                      c.getPackageName().startsWith("org.qunfang.")
                          && !c.getPackageName().endsWith(".api")
                          && !c.getPackageName().startsWith("org.qunfang.kernel")));

  @ArchTest
  static final ArchRule coresReachOtherModulesOnlyThroughApis =
      noClasses()
          .that()
          .resideInAPackage("org.qunfang.grid..")
          .and()
          .resideOutsideOfPackage("org.qunfang.grid.api..")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "access internals",
                  c ->
                      c.getPackageName().startsWith("org.qunfang.access.")
                          && !c.getPackageName().startsWith("org.qunfang.access.api")));

  @ArchTest
  static final ArchRule accessReachesGridOnlyThroughItsApi =
      noClasses()
          .that()
          .resideInAPackage("org.qunfang.access..")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "grid internals",
                  c ->
                      c.getPackageName().startsWith("org.qunfang.grid.")
                          && !c.getPackageName().startsWith("org.qunfang.grid.api")));

  @ArchTest
  static final ArchRule webUsesOnlyApisAndKernel =
      noClasses()
          .that()
          .resideInAPackage("org.qunfang.web..")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "module internals",
                  c ->
                      (c.getPackageName().startsWith("org.qunfang.access.")
                              || c.getPackageName().startsWith("org.qunfang.grid."))
                          && !c.getPackageName().endsWith(".api")));

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
          .resideInAnyPackage("org.qunfang.access..", "org.qunfang.grid..", "org.qunfang.web..");

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
