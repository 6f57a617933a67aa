package org.qunfang.dispatch.planning.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.qunfang.kernel.time.Beijing;

/** The time a shift takes, from its start (included) to its end (excluded). */
public record Span(Instant start, Instant end) {

  public Span {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("A span ends after it starts");
    }
  }

  public boolean overlaps(Span other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /** The time between this span and another that does not overlap it, in either order. */
  public Duration gapTo(Span other) {
    return other.start.isBefore(start)
        ? Duration.between(other.end, start)
        : Duration.between(end, other.start);
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  /** The Monday (Beijing) of the week the span starts in: weekly hours are counted by it. */
  public LocalDate week() {
    return Beijing.dayOf(start).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
