package org.qunfang.grid.api.ledger;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.qunfang.grid.api.sweep.SweepProgress;

/**
 * Figures for a whole area the caller covers, one line per township (for a county or above) or per
 * community (for a township or community), the last line being the total where it adds up.
 */
public interface GridLedgers {

  List<OrganisationRow> organisation(String area);

  /** The progress of the latest sweep over or within the area. */
  Optional<SweepProgress> latestSweep(String area);

  List<CheckpointRow> checkpoints(String area);

  List<ScreeningRow> screening(String area);

  /** The dashboard of {@code area} (the caller's when null), its gates over the last two weeks. */
  Dashboard dashboard(String area);

  /**
   * The dashboard of {@code area} (the caller's when null) by the parts one level below it
   * (townships, communities, grids), its gates from {@code from} to {@code until}, both included
   * (at most {@value #LONGEST_PERIOD} days).
   */
  Dashboard dashboard(String area, @NotNull LocalDate from, @NotNull LocalDate until);

  int LONGEST_PERIOD = 366;
}
