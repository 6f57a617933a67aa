package org.qunfang.care.api.figures;

import java.time.LocalDate;

/** The figures the districts reported each day; counts only, no personal information. */
public interface CareFigures {

  /** The figures of {@code area} (the caller's when null) for {@code day} (today when null). */
  DailyFigures daily(String area, LocalDate day);
}
