package org.qunfang.dispatch.api.post;

import java.time.LocalTime;
import java.util.List;

/**
 * How a post's day is cut into shifts: three eight-hour shifts, a day and a night shift, or the
 * post's own times.
 */
public enum ShiftPattern {
  THREE_EIGHTS(
      List.of(
          new ShiftTime(LocalTime.MIDNIGHT, LocalTime.of(8, 0)),
          new ShiftTime(LocalTime.of(8, 0), LocalTime.of(16, 0)),
          new ShiftTime(LocalTime.of(16, 0), LocalTime.MIDNIGHT))),
  DAY_NIGHT(
      List.of(
          new ShiftTime(LocalTime.of(6, 0), LocalTime.of(22, 0)),
          new ShiftTime(LocalTime.of(22, 0), LocalTime.of(6, 0)))),
  CUSTOM(List.of());

  private final List<ShiftTime> times;

  ShiftPattern(List<ShiftTime> times) {
    this.times = times;
  }

  /** The pattern's shift times; none for {@link #CUSTOM}, whose needs give their own. */
  public List<ShiftTime> times() {
    return times;
  }

  /** A shift's start and end in the day; an end not after the start is on the next day. */
  public record ShiftTime(LocalTime start, LocalTime end) {

    public long minutes() {
      long minutes = java.time.Duration.between(start, end).toMinutes();
      return minutes <= 0 ? minutes + 24 * 60 : minutes;
    }
  }
}
