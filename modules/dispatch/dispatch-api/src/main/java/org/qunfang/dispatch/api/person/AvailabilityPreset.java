package org.qunfang.dispatch.api.person;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekly availability most people give, as one choice (forms and workbooks offer these; finer
 * windows go through the API).
 */
public enum AvailabilityPreset {
  ANY_TIME,
  EVENINGS_AND_WEEKENDS,
  WEEKDAY_DAYTIME,
  WEEKENDS;

  public List<Availability> windows() {
    List<Availability> windows = new ArrayList<>();
    if (this == ANY_TIME) {
      return windows;
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
      if (this == EVENINGS_AND_WEEKENDS) {
        windows.add(
            weekend
                ? new Availability(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                : new Availability(day, LocalTime.of(18, 0), LocalTime.MIDNIGHT));
      } else if (this == WEEKDAY_DAYTIME && !weekend) {
        windows.add(new Availability(day, LocalTime.of(8, 0), LocalTime.of(18, 0)));
      } else if (this == WEEKENDS && weekend) {
        windows.add(new Availability(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
      }
    }
    return windows;
  }
}
