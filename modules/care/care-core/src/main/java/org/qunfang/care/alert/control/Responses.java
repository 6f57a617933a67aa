package org.qunfang.care.alert.control;

import static org.qunfang.care.api.CareTexts.TEXTS;

import org.qunfang.care.api.alert.AlertAction;
import org.qunfang.care.api.alert.AlertResponse;
import org.qunfang.care.api.observation.ObservationStatus;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/** What a response to an alert must say, and what it does to the observation. */
public final class Responses {

  private Responses() {}

  /** A transfer names where to; nothing else does. */
  public static void requireSound(AlertResponse response) {
    boolean transfer = response.action() == AlertAction.TRANSFERRED;
    if (transfer && response.transferredTo() == null) {
      throw new InvalidInput(new Message(TEXTS, "alert.transferNeedsTarget"), "transferredTo");
    }
    if (!transfer && response.transferredTo() != null) {
      throw new InvalidInput(new Message(TEXTS, "alert.targetOnlyForTransfer"), "transferredTo");
    }
  }

  /** The end a response brings, or null when the observation runs on. */
  public static ObservationStatus ending(AlertAction action) {
    return switch (action) {
      case TRANSFERRED -> ObservationStatus.TRANSFERRED;
      case LOST -> ObservationStatus.LOST;
      case RECHECKED, REPORTED -> null;
    };
  }
}
