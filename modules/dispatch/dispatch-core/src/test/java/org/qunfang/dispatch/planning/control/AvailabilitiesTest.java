package org.qunfang.dispatch.planning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qunfang.dispatch.api.person.Availability;
import org.qunfang.kernel.time.Beijing;

class AvailabilitiesTest {

  /** Friday 4 December 2026, 22:00 to Saturday 06:00. */
  private static final Span FRIDAY_NIGHT = span(LocalDateTime.of(2026, 12, 4, 22, 0), 8);

  private static Span span(LocalDateTime start, int hours) {
    var at = start.atZone(Beijing.ZONE).toInstant();
    return new Span(at, at.plus(Duration.ofHours(hours)));
  }

  @Test
  void noWindowsMeansAnyTime() {
    assertThat(Availabilities.cover(List.of(), FRIDAY_NIGHT)).isTrue();
  }

  @Test
  void aWindowPastMidnightCoversANightShift() {
    var nights =
        List.of(new Availability(DayOfWeek.FRIDAY, LocalTime.of(20, 0), LocalTime.of(7, 0)));
    assertThat(Availabilities.cover(nights, FRIDAY_NIGHT)).isTrue();
  }

  @Test
  void twoWindowsThatMeetCoverTogether() {
    var joined =
        List.of(
            new Availability(DayOfWeek.FRIDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT),
            new Availability(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, LocalTime.of(8, 0)));
    assertThat(Availabilities.cover(joined, FRIDAY_NIGHT)).isTrue();
  }

  @Test
  void aGapInTheWindowsIsNotCovered() {
    var gap =
        List.of(
            new Availability(DayOfWeek.FRIDAY, LocalTime.of(18, 0), LocalTime.of(23, 0)),
            new Availability(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, LocalTime.of(8, 0)));
    assertThat(Availabilities.cover(gap, FRIDAY_NIGHT)).isFalse();
  }

  @Test
  void anotherDaysWindowDoesNotCover() {
    var monday =
        List.of(new Availability(DayOfWeek.MONDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
    assertThat(Availabilities.cover(monday, FRIDAY_NIGHT)).isFalse();
  }
}
