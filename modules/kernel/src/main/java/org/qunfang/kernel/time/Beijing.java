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

  private Beijing() {}

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
