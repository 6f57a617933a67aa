package org.qunfang.it.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;
import java.util.function.BiPredicate;

/**
 * The module rules of docs/conventions.md, over every class of every module. Modules are found from
 * the packages ({@code org.qunfang.(*)..}), so a new module is guarded the day it appears.
 */
@AnalyzeClasses(packages = "org.qunfang", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

  /** A module uses another (the kernel aside) only through that module's api. */
  @ArchTest
  static final ArchRule modulesMeetOnlyThroughTheirApis =
      classes()
          .that()
          .resideInAPackage("org.qunfang..")
          .should(
              dependOnlyWhere(
                  "use other modules only through their api",
                  (from, to) -> {
                    String target = Modules.of(to);
                    return target == null
                        || target.equals(Modules.of(from))
                        || target.equals(Modules.KERNEL)
                        || Modules.inApi(to);
                  }));

  /** A module's pages and resources see its api, like everyone else's: never its own core. */
  @ArchTest
  static final ArchRule moduleWebSeesOnlyApis =
      classes()
          .that(inAModuleWeb())
          .should(
              dependOnlyWhere(
                  "use their own module only through its api",
                  (from, to) ->
                      !Modules.of(from).equals(Modules.of(to))
                          || Modules.inApi(to)
                          || Modules.inWeb(to)))
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule apisHaveNoCycles =
      slices().matching("org.qunfang.(*).api..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule apisKnowOnlyApisAndTheKernel =
      classes()
          .that()
          .resideInAPackage("org.qunfang.*.api..")
          .should(
              dependOnlyWhere(
                  "know only apis and the kernel",
                  (from, to) ->
                      Modules.of(to) == null
                          || Modules.of(to).equals(Modules.KERNEL)
                          || Modules.inApi(to)));

  /** Business components (org.qunfang.grid.household, ...) never need each other both ways. */
  @ArchTest
  static final ArchRule componentsHaveNoCycles =
      slices().matching("org.qunfang.(*).(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule apisHoldNoPersistenceOrEjb =
      noClasses()
          .that()
          .resideInAPackage("org.qunfang.*.api..")
          .and()
          .resideOutsideOfPackage("org.qunfang.web.api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "jakarta.ejb..")
          .because(
              "a business api is records, enums and facades; the shell's kit (web.api) alone"
                  + " reads the container's exceptions to tell pages what went wrong");

  @ArchTest
  static final ArchRule kernelKnowsNoModule =
      noClasses()
          .that()
          .resideInAPackage("org.qunfang.kernel..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.qunfang..")
                  .and(DescribedPredicate.not(resideInAPackage("org.qunfang.kernel..")))
                  .as("a module"));

  @ArchTest
  static final ArchRule entitiesLiveInEntityPackages =
      classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..entity..");

  @ArchTest
  static final ArchRule entitiesStayInTheirModule =
      classes()
          .that()
          .resideInAPackage("org.qunfang..")
          .should(
              dependOnlyWhere(
                  "use no other module's entities (they get DTO records)",
                  (from, to) ->
                      !to.isAnnotatedWith(Entity.class)
                          || Modules.of(to).equals(Modules.of(from))));

  /** Roles and transactions are decided at the boundary (and by the schema set-up at start). */
  @ArchTest
  static final ArchRule rolesAndTransactionsOnlyInBoundaries =
      noClasses()
          .that()
          .resideOutsideOfPackages("..boundary..", "..schema..")
          .should()
          .beAnnotatedWith(RolesAllowed.class)
          .orShould()
          .beAnnotatedWith(TransactionAttribute.class)
          .orShould()
          .beAnnotatedWith(Transactional.class)
          .orShould()
          .beAnnotatedWith(Stateless.class);

  @ArchTest
  static final ArchRule methodRolesAndTransactionsOnlyInBoundaries =
      noMethods()
          .that()
          .areDeclaredInClassesThat()
          .resideOutsideOfPackages("..boundary..", "..schema..", "org.qunfang.kernel.audit..")
          .should()
          .beAnnotatedWith(RolesAllowed.class)
          .orShould()
          .beAnnotatedWith(TransactionAttribute.class)
          .orShould()
          .beAnnotatedWith(Transactional.class)
          .because(
              "the kernel's audit alone writes in a transaction of its own (a refusal's record"
                  + " must outlive the refused transaction); modules decide at the boundary");

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
          .dependOnClassesThat()
          .haveFullyQualifiedName(TransactionAttribute.class.getName());

  @ArchTest
  static final ArchRule noImplOrManagerNames =
      noClasses()
          .that()
          .resideInAPackage("org.qunfang..")
          .should()
          .haveSimpleNameEndingWith("Impl")
          .orShould()
          .haveSimpleNameEndingWith("Manager");

  private static DescribedPredicate<JavaClass> inAModuleWeb() {
    return DescribedPredicate.describe("lie in a module's web slice", Modules::inWeb);
  }

  /** Every dependency on a Qunfang class must pass {@code allowed(from, to)}. */
  private static ArchCondition<JavaClass> dependOnlyWhere(
      String description, BiPredicate<JavaClass, JavaClass> allowed) {
    return new ArchCondition<>(description) {
      @Override
      public void check(JavaClass from, ConditionEvents events) {
        for (Dependency dependency : from.getDirectDependenciesFromSelf()) {
          JavaClass to = dependency.getTargetClass();
          if (Modules.of(to) != null && !allowed.test(from, to)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
