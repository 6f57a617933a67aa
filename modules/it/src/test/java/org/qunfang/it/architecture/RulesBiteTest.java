package org.qunfang.it.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each module rule fails when broken: the test sources hold two made-up modules, alpha and beta,
 * that break every rule once (org.qunfang.alpha.., org.qunfang.beta.., org.qunfang.kernel.fixture).
 * A rule added without a breaking example fails here until it gets one.
 */
class RulesBiteTest {

  private static final JavaClasses BROKEN =
      new ClassFileImporter()
          .importPackages("org.qunfang.alpha", "org.qunfang.beta", "org.qunfang.kernel.fixture");

  @Test
  void everyRuleFindsItsBreak() throws IllegalAccessException {
    List<String> toothless = new ArrayList<>();
    int rules = 0;
    for (Field field : ModuleRulesTest.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && ArchRule.class.isAssignableFrom(field.getType())) {
        field.setAccessible(true);
        rules++;
        if (!((ArchRule) field.get(null)).evaluate(BROKEN).hasViolation()) {
          toothless.add(field.getName());
        }
      }
    }
    assertThat(rules).isGreaterThanOrEqualTo(14);
    assertThat(toothless).as("rules that let their break pass").isEmpty();
  }
}
