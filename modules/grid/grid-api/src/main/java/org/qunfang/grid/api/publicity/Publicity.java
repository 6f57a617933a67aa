package org.qunfang.grid.api.publicity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.qunfang.grid.api.AreaLevel;

/** Publicity activities of the communities in the caller's area. */
public interface Publicity {

  ActivityView record(@Valid @NotNull NewActivity activity);

  /** Activities within {@code area} (the caller's when null) from {@code from} to {@code to}. */
  List<ActivityView> list(String area, LocalDate from, LocalDate to);

  /** Totals per community or township, with a last total row. */
  List<PublicityTotals> totals(String area, LocalDate from, LocalDate to, AreaLevel level);
}
