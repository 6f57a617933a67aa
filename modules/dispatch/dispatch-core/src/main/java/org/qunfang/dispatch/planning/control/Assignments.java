package org.qunfang.dispatch.planning.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A roster's slots by person, judged by {@link HardRules}: the independent check of what a solver
 * or a greedy fill produced, and the ground a first fit builds on.
 */
public final class Assignments {

  private final HardRules rules;
  private final Map<Candidate, List<Span>> shifts = new HashMap<>();

  public Assignments(HardRules rules) {
    this.rules = rules;
  }

  public static Assignments of(RosterPlan plan, HardRules rules) {
    Assignments all = new Assignments(rules);
    for (SlotPlan slot : plan.getSlots()) {
      if (slot.getPerson() != null) {
        all.add(slot.getPerson(), slot.getSpan());
      }
    }
    return all;
  }

  public void add(Candidate person, Span span) {
    shifts.computeIfAbsent(person, p -> new ArrayList<>()).add(span);
  }

  public List<Span> of(Candidate person) {
    return shifts.getOrDefault(person, List.of());
  }

  /** What putting {@code person} on {@code slot} would break, given the shifts they have. */
  public Set<Breach> judge(Candidate person, SlotPlan slot) {
    return judge(person, slot, of(person));
  }

  private Set<Breach> judge(Candidate person, SlotPlan slot, List<Span> others) {
    return rules.judge(
        person.getSkills(), person.getWindows(), slot.getRequired(), slot.getSpan(), others);
  }

  /** Every rule the plan's filled slots break, one entry per slot and rule. */
  public static List<String> breaches(RosterPlan plan, HardRules rules) {
    Assignments all = of(plan, rules);
    List<String> found = new ArrayList<>();
    for (SlotPlan slot : plan.getSlots()) {
      Candidate person = slot.getPerson();
      if (person != null) {
        List<Span> others = new ArrayList<>(all.of(person));
        others.remove(slot.getSpan()); // this slot's own span, once
        Set<Breach> broken = EnumSet.noneOf(Breach.class);
        broken.addAll(all.judge(person, slot, others));
        if (!slot.getCandidates().contains(person) && !slot.isPinned()) {
          broken.add(Breach.UNSKILLED);
        }
        broken.forEach(b -> found.add(slot.getId() + " " + person + ": " + b));
      }
    }
    return found;
  }

  /** Each person's hours: the spread of a roster is the largest less the smallest. */
  public static Map<Candidate, Long> hours(RosterPlan plan) {
    Map<Candidate, Long> hours = new HashMap<>();
    for (SlotPlan slot : plan.getSlots()) {
      if (slot.getPerson() != null) {
        hours.merge(slot.getPerson(), slot.getMinutes() / 60L, Long::sum);
      }
    }
    return hours;
  }
}
