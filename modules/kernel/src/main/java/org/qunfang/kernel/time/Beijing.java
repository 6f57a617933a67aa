package org.qunfang.kernel.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The district works on Beijing time: days, daily counts and times shown to people use it. */
public final class Beijing {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

  private static final DateTimeFormatter DAY_MINUTE =
      DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZONE);

  private static final DateTimeFormatter HOUR_MINUTE =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);

  private Beijing() {}

  /** A shift's time as rosters print it: 12-01 22:00–06:00. */
  public static String shift(Instant start, Instant end) {
    return DAY_MINUTE.format(start) + "–" + HOUR_MINUTE.format(end);
  }

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  public static LocalDate dayOf(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }

  /** "2026-11-22 09:30:00", for messages. */
  public static String format(Instant instant) {
    return MINUTE.format(instant);
  }
}
