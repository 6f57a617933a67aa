package org.qunfang.grid.intake.control;

import java.util.List;
import org.qunfang.grid.api.ImportJob;

/** What a finished import leaves on the job board: its bad rows, or what it wrote. */
public record ImportOutcome(
    List<ImportJob.RowError> errors, int errorCount, int households, int residents) {

  public boolean refused() {
    return errorCount > 0;
  }
}
