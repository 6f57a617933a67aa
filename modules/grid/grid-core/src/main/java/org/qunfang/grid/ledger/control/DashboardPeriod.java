package org.qunfang.grid.ledger.control;

import static org.qunfang.grid.api.GridTexts.TEXTS;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.qunfang.grid.api.ledger.GridLedgers;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/** The dashboard's period: both days given, the end not before the start, a year at most. */
public final class DashboardPeriod {

  private DashboardPeriod() {}

  public static void requireSound(LocalDate from, LocalDate until) {
    if (from == null || until == null) {
      throw new InvalidInput(
          new Message(TEXTS, "dashboard.periodMissing"), from == null ? "from" : "until");
    }
    if (until.isBefore(from)
        || ChronoUnit.DAYS.between(from, until) >= GridLedgers.LONGEST_PERIOD) {
      throw new InvalidInput(
          new Message(TEXTS, "dashboard.period", GridLedgers.LONGEST_PERIOD), "from");
    }
  }
}
