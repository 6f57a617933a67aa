package org.qunfang.dispatch.planning.control;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.qunfang.dispatch.api.person.Availability;
import org.qunfang.dispatch.api.person.Skill;

/**
 * The hard rules of a roster as one judge, asked by the dispatcher's hand edits, by the check of
 * every solved roster and by the explanation of a slot left empty. The solver's constraints state
 * the same rules for its own incremental scoring; the solver tests hold the two together.
 */
public final class HardRules {

  private final RosterLimits limits;

  public HardRules(RosterLimits limits) {
    this.limits = limits;
  }

  public RosterLimits limits() {
    return limits;
  }

  /**
   * What putting someone on a shift would break: their skills and windows, the slot's required
   * skill (none when null), the shift's time and the shifts they already have.
   */
  public Set<Breach> judge(
      Set<Skill> skills,
      List<Availability> windows,
      Skill required,
      Span shift,
      Collection<Span> theirs) {
    Set<Breach> breaches = EnumSet.noneOf(Breach.class);
    if (required != null && !skills.contains(required)) {
      breaches.add(Breach.UNSKILLED);
    }
    if (!Availabilities.cover(windows, shift)) {
      breaches.add(Breach.UNAVAILABLE);
    }
    LocalDate week = shift.week();
    Duration weekly = shift.length();
    for (Span other : theirs) {
      if (other.overlaps(shift)) {
        breaches.add(Breach.OVERLAP);
      } else if (other.gapTo(shift).compareTo(limits.rest()) < 0) {
        breaches.add(Breach.REST);
      }
      if (other.week().equals(week)) {
        weekly = weekly.plus(other.length());
      }
    }
    if (weekly.compareTo(limits.weekly()) > 0) {
      breaches.add(Breach.WEEKLY_HOURS);
    }
    return breaches;
  }
}
