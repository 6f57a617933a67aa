package org.qunfang.care.release.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qunfang.care.api.release.Hold;
import org.qunfang.care.api.release.ReleaseHold;

class ReleaseRuleTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @Test
  void thePeriodOverEveryTestNegativeAndNothingOpenReleases() {
    assertThat(ReleaseRule.holds(new ReleaseRule.Facts(TODAY, 0, 0, null, 0, 0), TODAY)).isEmpty();
    assertThat(
            ReleaseRule.holds(new ReleaseRule.Facts(TODAY.minusDays(2), 0, 0, null, 0, 0), TODAY))
        .isEmpty();
  }

  @Test
  void eachReasonHoldsAndIsNamed() {
    LocalDate testDay = TODAY.minusDays(1);
    assertThat(
            ReleaseRule.holds(new ReleaseRule.Facts(TODAY.plusDays(1), 2, 1, testDay, 0, 1), TODAY))
        .containsExactly(
            new ReleaseHold(Hold.PERIOD_NOT_OVER, 0, TODAY.plusDays(1)),
            new ReleaseHold(Hold.OPEN_ALERTS, 2, null),
            new ReleaseHold(Hold.TEST_PENDING, 1, testDay),
            new ReleaseHold(Hold.CHECK_UNRECORDED, 1, null));
  }

  @Test
  void aPositiveTestHoldsFirstAmongTheResults() {
    assertThat(ReleaseRule.holds(new ReleaseRule.Facts(TODAY, 1, 0, null, 1, 0), TODAY))
        .extracting(ReleaseHold::hold)
        .containsExactly(Hold.TEST_POSITIVE, Hold.OPEN_ALERTS);
  }
}
