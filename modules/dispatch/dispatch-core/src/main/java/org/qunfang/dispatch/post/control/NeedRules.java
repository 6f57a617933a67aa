package org.qunfang.dispatch.post.control;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import java.util.List;
import org.qunfang.dispatch.api.post.ShiftNeed;
import org.qunfang.dispatch.api.post.ShiftPattern;
import org.qunfang.dispatch.api.post.ShiftPattern.ShiftTime;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/**
 * What a post's needs must be: no more required skills than people, a length to each shift, a fixed
 * pattern's times in its order, and custom shifts that do not overlap one another (over midnight
 * too).
 */
public final class NeedRules {

  private static final int DAY = 24 * 60;

  private NeedRules() {}

  /** Refuses needs that do not fit the pattern, naming the first that does not. */
  public static void requireFit(ShiftPattern pattern, List<ShiftNeed> needs) {
    for (int i = 0; i < needs.size(); i++) {
      ShiftNeed need = needs.get(i);
      String field = "needs[" + i + "]";
      if (need.skills().size() > need.headcount()) {
        throw new InvalidInput(new Message(TEXTS, "need.moreSkillsThanPeople"), field + ".skills");
      }
      if (need.start().equals(need.end())) {
        throw new InvalidInput(new Message(TEXTS, "need.noLength"), field + ".end");
      }
    }
    if (pattern != ShiftPattern.CUSTOM) {
      List<ShiftTime> times = needs.stream().map(n -> new ShiftTime(n.start(), n.end())).toList();
      if (!times.equals(pattern.times())) {
        throw new InvalidInput(
            new Message(TEXTS, "need.notThePattern", new Message(TEXTS, "ShiftPattern." + pattern)),
            "needs");
      }
      return;
    }
    for (int i = 0; i < needs.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (overlap(needs.get(i), needs.get(j))) {
          throw new InvalidInput(new Message(TEXTS, "need.overlaps"), "needs[" + i + "]");
        }
      }
    }
  }

  /** Whether two daily shifts overlap on the same day or across midnight. */
  static boolean overlap(ShiftNeed a, ShiftNeed b) {
    int aStart = minute(a);
    int aEnd = aStart + (int) new ShiftTime(a.start(), a.end()).minutes();
    int bStart = minute(b);
    int bEnd = bStart + (int) new ShiftTime(b.start(), b.end()).minutes();
    for (int shift = -DAY; shift <= DAY; shift += DAY) {
      if (aStart < bEnd + shift && bStart + shift < aEnd) {
        return true;
      }
    }
    return false;
  }

  private static int minute(ShiftNeed need) {
    return need.start().getHour() * 60 + need.start().getMinute();
  }
}
