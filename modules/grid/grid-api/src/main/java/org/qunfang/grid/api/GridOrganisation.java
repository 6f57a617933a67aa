package org.qunfang.grid.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** Drawing grids and staffing them, within the caller's area. */
public interface GridOrganisation {

  GridView create(@Valid @NotNull NewGrid grid);

  GridView get(@NotNull UUID id);

  /** The grids whose division lies within {@code area} (and the caller's area), by code. */
  List<GridView> list(String area);

  /**
   * The big grids a small grid of the caller's area may belong to: those of the caller's township,
   * even when the caller's own area is only a community in it.
   */
  List<GridView> bigGridsForSmall();

  StaffAssignmentView assign(@NotNull UUID gridId, @Valid @NotNull NewAssignment assignment);

  /** Ends an assignment now; it stays in the history. */
  StaffAssignmentView end(@NotNull UUID assignmentId);

  /** Every assignment the grid has had, current first. */
  List<StaffAssignmentView> history(@NotNull UUID gridId);
}
