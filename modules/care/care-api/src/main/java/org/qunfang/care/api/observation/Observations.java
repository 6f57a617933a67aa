package org.qunfang.care.api.observation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * People under observation, within the caller's reach: an officer's area, or for a care worker the
 * people in their care. A resident is observed once at a time.
 */
public interface Observations {

  int PAGE_LIMIT = 500;

  /** Places a resident under observation: a conflict names a running one. */
  ObservationView place(@Valid @NotNull Placement placement);

  ObservationView observation(@NotNull UUID id);

  /**
   * Observations within {@code area} (the caller's when null) in {@code status} (all when null),
   * whose name starts with {@code name}; the most recent first, at most {@value #PAGE_LIMIT}.
   */
  List<ObservationView> list(String area, ObservationStatus status, String name);

  /** The people in the caller's own care (as a team member), still observed. */
  List<ObservationView> mine();

  /** Moves the planned last day, with the reason; a shorter period is never silent either. */
  ObservationView changeEnd(@NotNull UUID id, @Valid @NotNull EndChange change);

  List<EndChangeView> endChanges(@NotNull UUID id);
}
