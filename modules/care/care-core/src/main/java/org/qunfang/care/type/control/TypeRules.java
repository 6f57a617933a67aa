package org.qunfang.care.type.control;

import static org.qunfang.care.api.CareTexts.TEXTS;

import java.util.List;
import org.qunfang.care.api.type.SlotWindow;
import org.qunfang.care.api.type.TypeDefinition;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/**
 * What makes a type sound beyond its fields: test days within the period, each window open before
 * it closes within one day, and the slots in the order of the day without overlapping.
 */
public final class TypeRules {

  private TypeRules() {}

  public static void requireSound(TypeDefinition type) {
    for (int day : type.testDays()) {
      if (day > type.periodDays()) {
        throw new InvalidInput(
            new Message(TEXTS, "type.testDayPastPeriod", day, type.periodDays()), "testDays");
      }
    }
    List<SlotWindow> windows = type.windows();
    for (int i = 0; i < windows.size(); i++) {
      SlotWindow window = windows.get(i);
      if (!window.opens().isBefore(window.closes())) {
        throw new InvalidInput(new Message(TEXTS, "type.windowEmpty"), "windows");
      }
      if (i > 0) {
        SlotWindow before = windows.get(i - 1);
        if (before.slot().compareTo(window.slot()) >= 0) {
          throw new InvalidInput(new Message(TEXTS, "type.slotsOutOfOrder"), "windows");
        }
        if (window.opens().isBefore(before.closes())) {
          throw new InvalidInput(new Message(TEXTS, "type.windowsOverlap"), "windows");
        }
      }
    }
  }
}
