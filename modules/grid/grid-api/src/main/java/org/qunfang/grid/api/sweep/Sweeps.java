package org.qunfang.grid.api.sweep;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.qunfang.grid.api.AreaLevel;

/** Sweep campaigns (扫楼行动) and their visit records, within the caller's reach. */
public interface Sweeps {

  /** Opens a campaign; officers only, over a division of their area. */
  SweepView open(@Valid @NotNull NewSweep sweep);

  /** The campaigns over or within the caller's area, newest first. */
  List<SweepView> list();

  SweepView sweep(UUID id);

  /** Records a household's visit; one record per household and campaign (a revisit edits it). */
  VisitView visit(@NotNull UUID sweepId, @Valid @NotNull NewVisit visit);

  VisitView change(@NotNull UUID visitId, @Valid @NotNull VisitChange change);

  /** The visit records of one small grid in a campaign. */
  List<VisitView> visits(UUID sweepId, UUID gridId);

  /** Households visited of all, and people recorded, per grid, community or township. */
  SweepProgress progress(UUID sweepId, AreaLevel level);
}
