package org.qunfang.dispatch.api.report;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** The figures of dispatch's formal reports, within the caller's area. */
public interface DispatchReporting {

  /** Per township of {@code area}, and a last line of totals; hours of {@code month}. */
  List<DeploymentRow> deployment(@NotNull String area, @NotNull YearMonth month);

  /** The shifts of {@code area} for the 7 days from {@code from}, by day and time. */
  List<RosterRow> rosterWeek(@NotNull String area, @NotNull LocalDate from);

  /** The area's duty now (the caller's area when null), for the dashboard. */
  DutyFigures duty(String area);

  /** A registered person's services with their signed hours (full view audited). */
  ServiceRecord services(@NotNull UUID personId);
}
