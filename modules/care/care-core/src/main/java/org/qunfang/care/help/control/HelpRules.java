package org.qunfang.care.help.control;

import static org.qunfang.care.api.CareTexts.TEXTS;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.qunfang.care.api.help.HelpDone;
import org.qunfang.care.api.help.NewHelpRequest;
import org.qunfang.care.api.help.Urgency;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/** What a request must say and when it is due; what a fulfilment may claim. */
public final class HelpRules {

  private HelpRules() {}

  /** A request is for an observed person's household or a household of the register, not both. */
  public static void requireOneAsker(NewHelpRequest request) {
    if ((request.observationId() == null) == (request.householdId() == null)) {
      throw new InvalidInput(new Message(TEXTS, "help.whose"), "householdId");
    }
  }

  public static Instant dueAt(
      Urgency urgency, Instant asked, int urgentHours, int todayHours, int routineHours) {
    int hours =
        switch (urgency) {
          case URGENT -> urgentHours;
          case TODAY -> todayHours;
          case ROUTINE -> routineHours;
        };
    return asked.plus(Duration.ofHours(hours));
  }

  /** Repaid money needs money advanced, and never more of it; done is not before it was asked. */
  public static void requireSound(HelpDone done, Instant doneAt, Instant asked) {
    BigDecimal advanced = done.advanced();
    BigDecimal repaid = done.repaid();
    if (repaid != null && (advanced == null || repaid.compareTo(advanced) > 0)) {
      throw new InvalidInput(new Message(TEXTS, "help.repaidTooMuch"), "repaid");
    }
    if (doneAt.isBefore(asked)) {
      throw new InvalidInput(new Message(TEXTS, "help.doneBeforeAsked"), "doneAt");
    }
  }
}
