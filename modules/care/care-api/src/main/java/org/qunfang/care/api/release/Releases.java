package org.qunfang.care.api.release;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Release (解除): only when the period is over, every test negative, every closed slot checked or its
 * missed alert acted on, and no alert open — verified by an officer of the community, who is given
 * the 解除通知单 issued through the report service.
 */
public interface Releases {

  /** Those in the caller's reach whose planned last day is today or past, releasable first. */
  List<DueView> due(String area);

  /** What holds one person's release (none: releasable). */
  List<ReleaseHold> holds(@NotNull UUID observationId);

  /** Releases someone; anyone the rule holds is refused with the reason. */
  Released release(@NotNull UUID observationId, long version);
}
