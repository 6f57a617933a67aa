package org.qunfang.care.api.help;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Help done in an area over a period: per division one level below it, the families helped
 * (distinct households) and the times, and the times by kind.
 */
public record HelpFigures(
    String area, String areaName, LocalDate from, LocalDate until, List<Row> rows, Row total) {

  public HelpFigures {
    rows = List.copyOf(rows);
  }

  /** One area's families and times, with the times of each kind. */
  public record Row(
      String code, String name, long families, long times, Map<HelpKind, Long> byKind) {

    public Row {
      byKind = Map.copyOf(byKind);
    }
  }
}
