package org.qunfang.care.api.check;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The checks and tests of someone under observation. Temperatures, symptoms and results are
 * sensitive (PIPL art. 28): only the person's team and the officers of the area read them, and
 * every reading of them is audited.
 */
public interface HealthChecks {

  /** The most people a round lists (a worker's own people are far fewer). */
  int ROUND_LIMIT = 1000;

  /** Every expected and extra check of the observation, by day and time. */
  List<CheckView> checks(@NotNull UUID observationId);

  /** Records a check; one outside the period, or on an ended observation, is refused. */
  CheckView record(@NotNull UUID observationId, @Valid @NotNull CheckEntry entry);

  List<TestView> tests(@NotNull UUID observationId);

  TestView recordTest(
      @NotNull UUID observationId, @NotNull UUID testId, @Valid @NotNull TestEntry entry);

  /**
   * The checks due on {@code day} (today when null) of the people in the caller's reach (a team
   * member's own people, an officer's area), by slot and name: the round a worker walks.
   */
  List<RoundItem> round(LocalDate day);
}
