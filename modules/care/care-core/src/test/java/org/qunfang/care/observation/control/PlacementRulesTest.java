package org.qunfang.care.observation.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qunfang.care.api.observation.Reason;

class PlacementRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  @Test
  void aPeriodStillRunningMayBeDatedBackButNotOneAlreadyOver() {
    assertThatCode(() -> PlacementRules.requireStart(TODAY.minusDays(6), TODAY, TODAY))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> PlacementRules.requireStart(TODAY.minusDays(7), TODAY.minusDays(1), TODAY))
        .hasMessage("observation.periodOver");
  }

  @Test
  void aStartMoreThanAWeekAheadIsRefused() {
    assertThatCode(() -> PlacementRules.requireStart(TODAY.plusDays(7), TODAY.plusDays(13), TODAY))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> PlacementRules.requireStart(TODAY.plusDays(8), TODAY.plusDays(14), TODAY))
        .hasMessage("observation.startTooLate");
  }

  @Test
  void anArrivalNamesWhereFrom() {
    assertThatThrownBy(() -> PlacementRules.requireDetails(Reason.ARRIVAL, null))
        .hasMessage("observation.detailsNeeded.ARRIVAL");
    assertThatCode(() -> PlacementRules.requireDetails(Reason.CLOSE_CONTACT, null))
        .doesNotThrowAnyException();
  }

  @Test
  void theEndMovesToAnotherDayNotBeforeTheStartNorToday() {
    LocalDate start = TODAY.minusDays(3);
    LocalDate end = TODAY.plusDays(3);
    assertThatCode(() -> PlacementRules.requireNewEnd(start, end, end.plusDays(7), TODAY))
        .doesNotThrowAnyException();
    assertThatCode(() -> PlacementRules.requireNewEnd(start, end, TODAY, TODAY))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> PlacementRules.requireNewEnd(start, end, end, TODAY))
        .hasMessage("observation.endUnchanged");
    assertThatThrownBy(() -> PlacementRules.requireNewEnd(start, end, start.minusDays(1), TODAY))
        .hasMessage("observation.endBeforeStart");
    assertThatThrownBy(() -> PlacementRules.requireNewEnd(start, end, TODAY.minusDays(1), TODAY))
        .hasMessage("observation.endPast");
  }
}
