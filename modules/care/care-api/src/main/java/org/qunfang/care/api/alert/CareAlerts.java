package org.qunfang.care.api.alert;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Missed, abnormal and positive alerts. Each goes to the person's team and the community officer;
 * one open for more than two hours is escalated to the township's officers as well.
 */
public interface CareAlerts {

  int PAGE_LIMIT = 500;

  /** Open alerts in the caller's reach, oldest first. */
  List<AlertView> open();

  /** How many alerts in the caller's reach are open (the menu's badge). */
  long openCount();

  /** How many alerts of each kind in the caller's reach are open (the workbench); none: absent. */
  Map<AlertKind, Long> openCounts();

  /** The alerts of one observation, open and closed, newest first. */
  List<AlertView> of(@NotNull UUID observationId);

  /** Closes an alert with what was done; a transfer or a loss ends the observation. */
  AlertView respond(@NotNull UUID alertId, @Valid @NotNull AlertResponse response);
}
