package org.qunfang.care.release.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qunfang.care.api.release.Hold;
import org.qunfang.care.api.release.ReleaseHold;

/**
 * The release rule of the national guides: the period is over, every test negative, and the
 * community has verified — here, that every slot that closed was checked or its missed alert acted
 * on, and no alert is open.
 */
public final class ReleaseRule {

  private ReleaseRule() {}

  /**
   * What one person's figures say; {@code firstPendingTest} is the earliest test without result.
   */
  public record Facts(
      LocalDate plannedEnd,
      long openAlerts,
      long pendingTests,
      LocalDate firstPendingTest,
      long positiveTests,
      long unrecordedChecks) {}

  public static List<ReleaseHold> holds(Facts facts, LocalDate today) {
    List<ReleaseHold> holds = new ArrayList<>();
    if (today.isBefore(facts.plannedEnd())) {
      holds.add(new ReleaseHold(Hold.PERIOD_NOT_OVER, 0, facts.plannedEnd()));
    }
    if (facts.positiveTests() > 0) {
      holds.add(new ReleaseHold(Hold.TEST_POSITIVE, facts.positiveTests(), null));
    }
    if (facts.openAlerts() > 0) {
      holds.add(new ReleaseHold(Hold.OPEN_ALERTS, facts.openAlerts(), null));
    }
    if (facts.pendingTests() > 0) {
      holds.add(new ReleaseHold(Hold.TEST_PENDING, facts.pendingTests(), facts.firstPendingTest()));
    }
    if (facts.unrecordedChecks() > 0) {
      holds.add(new ReleaseHold(Hold.CHECK_UNRECORDED, facts.unrecordedChecks(), null));
    }
    return List.copyOf(holds);
  }
}
