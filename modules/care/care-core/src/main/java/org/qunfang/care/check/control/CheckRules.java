package org.qunfang.care.check.control;

import static org.qunfang.care.api.CareTexts.TEXTS;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.qunfang.care.api.check.CheckEntry;
import org.qunfang.care.api.check.CheckStatus;
import org.qunfang.care.api.type.CheckSlot;
import org.qunfang.care.observation.entity.HealthCheck;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/** What a check must hold, which slot it fills, and when it comes too soon after another. */
public final class CheckRules {

  /** Checks of one day closer than this are flagged: a reading taken twice, or a slot skipped. */
  public static final Duration SPACING = Duration.ofHours(8);

  private CheckRules() {}

  /**
   * A person seen has a temperature (an abnormal one may have symptoms alone); one not reached or
   * refusing has neither reading nor symptoms.
   */
  public static void requireReading(CheckEntry entry) {
    boolean seen = entry.status() == CheckStatus.SEEN || entry.status() == CheckStatus.ABNORMAL;
    if (seen
        && entry.temperature() == null
        && !(entry.status() == CheckStatus.ABNORMAL && !entry.symptoms().isEmpty())) {
      throw new InvalidInput(new Message(TEXTS, "check.temperatureNeeded"), "temperature");
    }
    if (!seen && (entry.temperature() != null || !entry.symptoms().isEmpty())) {
      throw new InvalidInput(new Message(TEXTS, "check.noReadingUnseen"), "temperature");
    }
  }

  /**
   * The expected check a check at {@code at} fills: the one of {@code slot} if it is not recorded
   * and its window has not closed by then (early is fine, late is a miss), else the one whose
   * window holds {@code at}; none makes it an extra check.
   */
  public static Optional<HealthCheck> slotFor(
      List<HealthCheck> ofTheDay, Instant at, CheckSlot slot) {
    Optional<HealthCheck> named =
        ofTheDay.stream()
            .filter(c -> slot != null && c.getSlot() == slot)
            .filter(c -> !c.isRecorded() && at.isBefore(c.getClosesAt()))
            .findFirst();
    return named.isPresent()
        ? named
        : ofTheDay.stream().filter(c -> !c.isRecorded() && c.holds(at)).findFirst();
  }

  /** Whether another recorded check of the day lies less than {@link #SPACING} from {@code at}. */
  public static boolean tooClose(List<HealthCheck> ofTheDay, Instant at) {
    return ofTheDay.stream()
        .filter(HealthCheck::isRecorded)
        .anyMatch(c -> Duration.between(c.getCheckedAt(), at).abs().compareTo(SPACING) < 0);
  }
}
