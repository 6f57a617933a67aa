package org.qunfang.dispatch.planning.control;

import java.time.Duration;

/**
 * The two configurable hard limits: the least rest between two shifts of one person and the most
 * hours they serve in a week (Monday to Sunday, by the week a shift starts in).
 */
public record RosterLimits(Duration rest, Duration weekly) {

  public static final RosterLimits DEFAULT =
      new RosterLimits(Duration.ofHours(8), Duration.ofHours(48));

  public RosterLimits {
    if (rest.isNegative() || weekly.isNegative() || weekly.isZero()) {
      throw new IllegalArgumentException("Rest may be none, a week must allow some hours");
    }
  }
}
