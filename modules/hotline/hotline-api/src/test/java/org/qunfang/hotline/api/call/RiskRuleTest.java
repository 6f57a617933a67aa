package org.qunfang.hotline.api.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskRuleTest {

  /** Columns: ideation, plan, means, past attempts, self-harm, harm to others, protective. */
  @ParameterizedTest(name = "{0}{1}{2}{3}{4}{5}{6} → {7}")
  @CsvSource({
    // nothing at all
    "0,0,0,0,0,0,0, LOW",
    "0,0,0,0,0,0,1, LOW",
    // ideation, plan and means: imminent, whatever else
    "1,1,1,0,0,0,0, IMMINENT",
    "1,1,1,1,1,1,1, IMMINENT",
    // ideation with a plan or past attempts: high, and protective factors do not lower it
    "1,1,0,0,0,0,0, HIGH",
    "1,0,0,1,0,0,0, HIGH",
    "1,1,0,0,0,0,1, HIGH",
    // intent to harm others: high
    "0,0,0,0,0,1,0, HIGH",
    "0,0,0,0,0,1,1, HIGH",
    // ideation alone, self-harm or past attempts: medium; protective factors lower it to low
    "1,0,0,0,0,0,0, MEDIUM",
    "0,0,0,0,1,0,0, MEDIUM",
    "0,0,0,1,0,0,0, MEDIUM",
    "1,0,0,0,0,0,1, LOW",
    "0,0,0,0,1,0,1, LOW",
    // a plan or means without ideation is not a suicide risk by this rule
    "0,1,1,0,0,0,0, LOW",
  })
  void theStatedRule(
      int ideation,
      int plan,
      int means,
      int attempts,
      int selfHarm,
      int others,
      int protective,
      RiskLevel expected) {
    RiskScreen screen =
        new RiskScreen(
            ideation == 1,
            plan == 1,
            means == 1,
            attempts == 1,
            selfHarm == 1,
            others == 1,
            protective == 1);
    assertThat(RiskRule.assess(screen)).isEqualTo(expected);
  }
}
