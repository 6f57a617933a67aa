package org.qunfang.hotline.api.report;

import java.time.YearMonth;
import java.util.List;

/** The hotline's figures for formal reports. */
public interface HotlineReporting {

  /** Aggregates of a month (Beijing time): for report officers and supervisors. */
  MonthlyFigures month(YearMonth month);

  /** The high and imminent calls of a month and how each was handled: supervisors only. */
  List<HighRiskCall> highRisk(YearMonth month);
}
