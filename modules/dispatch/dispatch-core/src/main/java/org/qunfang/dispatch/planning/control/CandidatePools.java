package org.qunfang.dispatch.planning.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.qunfang.dispatch.api.person.Skill;

/**
 * Who may take a slot at a time with a skill: everyone of the part being solved who has the skill
 * and said they are free then. One list per time and skill, shared by its slots. Each list is
 * shuffled (seeded by the time, so a run can be repeated): a list in registry order would hand the
 * first names every shift before anyone else.
 */
public final class CandidatePools {

  private final Collection<Candidate> people;
  private final Map<Key, List<Candidate>> pools = new HashMap<>();

  private record Key(Span span, Skill skill) {}

  public CandidatePools(Collection<Candidate> people) {
    this.people = people;
  }

  public List<Candidate> of(Span span, Skill required) {
    return pools.computeIfAbsent(new Key(span, required), this::collect);
  }

  private List<Candidate> collect(Key key) {
    List<Candidate> fit = new ArrayList<>();
    for (Candidate person : people) {
      if ((key.skill() == null || person.getSkills().contains(key.skill()))
          && Availabilities.cover(person.getWindows(), key.span())) {
        fit.add(person);
      }
    }
    Collections.shuffle(fit, new Random(key.span().start().getEpochSecond() * 31 + ordinal(key)));
    return List.copyOf(fit);
  }

  private static int ordinal(Key key) {
    return key.skill() == null ? -1 : key.skill().ordinal();
  }
}
