package org.qunfang.care.observation.control;

import static org.qunfang.care.api.CareTexts.TEXTS;

import java.time.LocalDate;
import org.qunfang.care.api.observation.Reason;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/** When a period may start and how its end may move. */
public final class PlacementRules {

  /** How far ahead a placement may be dated (someone announced before they arrive). */
  public static final int DAYS_AHEAD = 7;

  private PlacementRules() {}

  /**
   * A period may start up to {@value #DAYS_AHEAD} days ahead, or earlier than today if it has not
   * ended yet (an arrival found days late).
   */
  public static void requireStart(LocalDate start, LocalDate lastDay, LocalDate today) {
    if (lastDay.isBefore(today)) {
      throw new InvalidInput(new Message(TEXTS, "observation.periodOver", lastDay), "start");
    }
    if (start.isAfter(today.plusDays(DAYS_AHEAD))) {
      throw new InvalidInput(new Message(TEXTS, "observation.startTooLate", DAYS_AHEAD), "start");
    }
  }

  /** An arrival names the area they came from; "other" says what it is. */
  public static void requireDetails(Reason reason, String details) {
    if ((reason == Reason.ARRIVAL || reason == Reason.OTHER) && details == null) {
      throw new InvalidInput(new Message(TEXTS, "observation.detailsNeeded." + reason), "details");
    }
  }

  /**
   * A new end differs from the old, is not before the start, and not before today (ending the
   * observation now is a release, a transfer or a loss, each with its own rules).
   */
  public static void requireNewEnd(
      LocalDate start, LocalDate before, LocalDate after, LocalDate today) {
    if (after.equals(before)) {
      throw new InvalidInput(new Message(TEXTS, "observation.endUnchanged", before), "plannedEnd");
    }
    if (after.isBefore(start)) {
      throw new InvalidInput(new Message(TEXTS, "observation.endBeforeStart", start), "plannedEnd");
    }
    if (after.isBefore(today)) {
      throw new InvalidInput(new Message(TEXTS, "observation.endPast"), "plannedEnd");
    }
  }
}
