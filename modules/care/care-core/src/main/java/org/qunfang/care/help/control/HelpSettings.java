package org.qunfang.care.help.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qunfang.care.api.help.Urgency;

/**
 * How long a help request may wait before it is overdue, by urgency, from configuration: {@code
 * qunfang.care.help.urgent-hours} (2), {@code today-hours} (12) and {@code routine-hours} (48).
 */
@ApplicationScoped
public class HelpSettings {

  @Inject
  @ConfigProperty(name = "qunfang.care.help.urgent-hours", defaultValue = "2")
  int urgentHours;

  @Inject
  @ConfigProperty(name = "qunfang.care.help.today-hours", defaultValue = "12")
  int todayHours;

  @Inject
  @ConfigProperty(name = "qunfang.care.help.routine-hours", defaultValue = "48")
  int routineHours;

  public Instant dueAt(Urgency urgency, Instant asked) {
    return HelpRules.dueAt(urgency, asked, urgentHours, todayHours, routineHours);
  }
}
