package org.qunfang.dispatch.roster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qunfang.dispatch.planning.control.HardRules;
import org.qunfang.dispatch.planning.control.RosterLimits;

/**
 * The district's roster limits, from configuration: {@code qunfang.dispatch.rest-hours} (8) and
 * {@code qunfang.dispatch.weekly-hours} (48), and the grace before a no-show, {@code
 * qunfang.dispatch.grace-minutes} (30).
 */
@ApplicationScoped
public class RosterSettings {

  @Inject
  @ConfigProperty(name = "qunfang.dispatch.rest-hours", defaultValue = "8")
  int restHours;

  @Inject
  @ConfigProperty(name = "qunfang.dispatch.weekly-hours", defaultValue = "48")
  int weeklyHours;

  @Inject
  @ConfigProperty(name = "qunfang.dispatch.grace-minutes", defaultValue = "30")
  int graceMinutes;

  /** How long after a shift's start someone who has not signed in counts as a no-show. */
  public Duration grace() {
    return Duration.ofMinutes(graceMinutes);
  }

  public HardRules rules() {
    return new HardRules(
        new RosterLimits(Duration.ofHours(restHours), Duration.ofHours(weeklyHours)));
  }
}
