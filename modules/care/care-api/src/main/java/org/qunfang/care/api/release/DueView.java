package org.qunfang.care.api.release;

import java.util.List;
import org.qunfang.care.api.observation.ObservationView;

/** Someone whose period has ended, and what (if anything) holds their release. */
public record DueView(ObservationView observation, List<ReleaseHold> holds) {

  public DueView {
    holds = List.copyOf(holds);
  }

  public boolean releasable() {
    return holds.isEmpty();
  }
}
