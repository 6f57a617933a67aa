package org.qunfang.grid.api.ledger;

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

  Dashboard dashboard(String area);
}
