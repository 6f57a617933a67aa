package org.qunfang.dispatch.planning.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.qunfang.dispatch.api.person.Availability;
import org.qunfang.kernel.time.Beijing;

/**
 * Whether someone's weekly windows cover a shift. Windows are joined first, so a night shift is
 * covered by Friday 18:00–24:00 and Saturday 00:00–08:00 together; no windows means any time.
 */
public final class Availabilities {

  private Availabilities() {}

  public static boolean cover(List<Availability> windows, Span shift) {
    if (windows.isEmpty()) {
      return true;
    }
    List<Span> times = new ArrayList<>();
    LocalDate last = Beijing.dayOf(shift.end());
    for (LocalDate day = Beijing.dayOf(shift.start()).minusDays(1);
        !day.isAfter(last);
        day = day.plusDays(1)) {
      for (Availability window : windows) {
        if (window.day() == day.getDayOfWeek()) {
          times.add(on(day, window));
        }
      }
    }
    times.sort(Comparator.comparing(Span::start));
    Instant reached = shift.start();
    for (Span time : times) {
      if (time.start().isAfter(reached)) {
        break;
      }
      if (time.end().isAfter(reached)) {
        reached = time.end();
      }
      if (!reached.isBefore(shift.end())) {
        return true;
      }
    }
    return false;
  }

  private static Span on(LocalDate day, Availability window) {
    Instant from = day.atTime(window.from()).atZone(Beijing.ZONE).toInstant();
    LocalDate endDay = window.until().isAfter(window.from()) ? day : day.plusDays(1);
    return new Span(from, endDay.atTime(window.until()).atZone(Beijing.ZONE).toInstant());
  }
}
