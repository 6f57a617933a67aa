package org.qunfang.dispatch.planning.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qunfang.dispatch.api.post.ShiftNeed;
import org.qunfang.kernel.time.Beijing;

/**
 * A post's day cut into shifts: one starts on its day and ends the next when its end is not after
 * its start.
 */
public final class ShiftLayout {

  private ShiftLayout() {}

  /** The spans of one day's shifts, in the order of the needs. */
  public static List<Span> spansOn(LocalDate day, List<ShiftNeed> needs) {
    List<Span> spans = new ArrayList<>();
    for (ShiftNeed need : needs) {
      Instant start = day.atTime(need.start()).atZone(Beijing.ZONE).toInstant();
      LocalDate endDay = need.end().isAfter(need.start()) ? day : day.plusDays(1);
      spans.add(new Span(start, endDay.atTime(need.end()).atZone(Beijing.ZONE).toInstant()));
    }
    return spans;
  }
}
