package org.qunfang.hotline.api.stats;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** Social-work service statistics (person-times by agency, day and mode): aggregates only. */
public interface ServiceStatistics {

  /** Enters (or replaces) an agency's figure for a day and mode. */
  void enter(@Valid @NotNull NewServiceCount count);

  /**
   * Rows per agency and day from {@code from} to {@code to}, each agency followed by its subtotal,
   * and a last total row. Every figure adds up: modes to the row total, days to the subtotal,
   * subtotals to the total.
   */
  List<ServiceRow> table(LocalDate from, LocalDate to);
}
