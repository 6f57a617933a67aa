package org.qunfang.grid.checkpoint.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qunfang.grid.api.checkpoint.DailyCount;
import org.qunfang.grid.api.checkpoint.HealthCode;
import org.qunfang.grid.api.checkpoint.Subject;

class DailyCountsTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

  @Test
  void everyDayOfThePeriodIsCountedEvenWithoutPassages() {
    List<Object[]> rows =
        List.of(
            new Object[] {MONDAY, Subject.PERSON, false, HealthCode.GREEN, 40L},
            new Object[] {MONDAY, Subject.PERSON, true, HealthCode.GREEN, 2L},
            new Object[] {MONDAY, Subject.VEHICLE, false, HealthCode.YELLOW, 3L},
            new Object[] {MONDAY.plusDays(2), Subject.PERSON, true, HealthCode.RED, 1L});
    List<DailyCount> days = DailyCounts.of(rows, MONDAY, MONDAY.plusDays(2));
    assertThat(days)
        .containsExactly(
            new DailyCount(MONDAY, 42, 3, 2, 3),
            new DailyCount(MONDAY.plusDays(1), 0, 0, 0, 0),
            new DailyCount(MONDAY.plusDays(2), 1, 0, 1, 1));
  }
}
