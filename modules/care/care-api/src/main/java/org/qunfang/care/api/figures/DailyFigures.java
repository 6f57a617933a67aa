package org.qunfang.care.api.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * An area's figures for a day: a row for each division one level below the area (each community of
 * a township, each township of a district) that has had anyone observed, and the area's total.
 */
public record DailyFigures(
    String area, String areaName, LocalDate day, List<FigureRow> rows, FigureRow total) {

  public DailyFigures {
    rows = List.copyOf(rows);
  }
}
