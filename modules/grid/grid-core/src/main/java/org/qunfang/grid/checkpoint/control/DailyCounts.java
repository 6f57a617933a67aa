package org.qunfang.grid.checkpoint.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qunfang.grid.api.checkpoint.DailyCount;
import org.qunfang.grid.api.checkpoint.HealthCode;
import org.qunfang.grid.api.checkpoint.Subject;

/** Daily counts from grouped passage rows (day, subject, flagged, health code, count). */
public final class DailyCounts {

  private DailyCounts() {}

  /** One count per day from {@code from} to {@code to}, days without passages included. */
  public static List<DailyCount> of(List<Object[]> rows, LocalDate from, LocalDate to) {
    Map<LocalDate, long[]> days = new TreeMap<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      days.put(day, new long[4]);
    }
    for (Object[] row : rows) {
      long[] day = days.get((LocalDate) row[0]);
      long count = ((Number) row[4]).longValue();
      day[row[1] == Subject.PERSON ? 0 : 1] += count;
      day[2] += Boolean.TRUE.equals(row[2]) ? count : 0;
      day[3] += row[3] == HealthCode.GREEN ? 0 : count;
    }
    List<DailyCount> counts = new ArrayList<>();
    days.forEach((day, c) -> counts.add(new DailyCount(day, c[0], c[1], c[2], c[3])));
    return counts;
  }
}
