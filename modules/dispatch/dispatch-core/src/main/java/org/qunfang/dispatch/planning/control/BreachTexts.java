package org.qunfang.dispatch.planning.control;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import java.util.Collection;
import java.util.Set;
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.time.Beijing;

/**
 * The rules a hand edit would break, as one message naming each of them: who, and for overlap and
 * rest which of their shifts is in the way.
 */
public final class BreachTexts {

  private BreachTexts() {}

  public static Message of(
      Set<Breach> breaches,
      String who,
      Skill required,
      Span shift,
      Collection<Span> theirs,
      RosterLimits limits) {
    Message text = null;
    for (Breach breach : breaches) {
      Message one =
          switch (breach) {
            case OVERLAP -> new Message(TEXTS, breach.key(), who, when(first(theirs, shift, true)));
            case REST ->
                new Message(
                    TEXTS,
                    breach.key(),
                    who,
                    when(first(theirs, shift, false)),
                    limits.rest().toHours());
            case WEEKLY_HOURS ->
                new Message(
                    TEXTS, breach.key(), who, weekHours(theirs, shift), limits.weekly().toHours());
            case UNSKILLED ->
                new Message(TEXTS, breach.key(), who, new Message(TEXTS, "Skill." + required));
            default -> new Message(TEXTS, breach.key(), who);
          };
      text = text == null ? one : new Message(TEXTS, "list.join", text, one);
    }
    return text;
  }

  private static Span first(Collection<Span> theirs, Span shift, boolean overlapping) {
    return theirs.stream()
        .filter(s -> s.overlaps(shift) == overlapping)
        .filter(s -> overlapping || !s.overlaps(shift))
        .min((a, b) -> a.gapTo(shift).compareTo(b.gapTo(shift)))
        .orElse(shift);
  }

  /** 12-01 22:00–06:00. */
  public static String when(Span span) {
    return Beijing.shift(span.start(), span.end());
  }

  private static long weekHours(Collection<Span> theirs, Span shift) {
    return theirs.stream()
        .filter(s -> s.week().equals(shift.week()))
        .mapToLong(s -> s.length().toHours())
        .sum();
  }
}
