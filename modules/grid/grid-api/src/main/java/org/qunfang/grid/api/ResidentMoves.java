package org.qunfang.grid.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * A resident's life on the register, within the caller's reach: moved to another household or grid,
 * marked moved away or deceased, each kept in their history and audited.
 */
public interface ResidentMoves {

  /** Moves someone to a household within reach; the day must not be before their last event. */
  ResidentView move(@NotNull UUID residentId, @Valid @NotNull ResidentMove move);

  /** Marks someone moved away or deceased; they stay findable, out of the counts. */
  ResidentView leave(@NotNull UUID residentId, @Valid @NotNull ResidentLeaving leaving);

  /** What happened to someone, oldest first. */
  List<ResidentHistoryView> history(@NotNull UUID residentId);
}
