package org.qunfang.dispatch.roster.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.qunfang.dispatch.party.entity.PartyOrganisation;
import org.qunfang.dispatch.person.entity.Person;
import org.qunfang.dispatch.planning.control.Candidate;
import org.qunfang.dispatch.planning.control.CandidatePools;
import org.qunfang.dispatch.planning.control.RosterLimits;
import org.qunfang.dispatch.planning.control.RosterPlan;
import org.qunfang.dispatch.planning.control.SlotPlan;
import org.qunfang.dispatch.post.entity.Post;
import org.qunfang.dispatch.roster.entity.Slot;

/**
 * A snapshot cut into one plan per township (rosters are kept per township, and townships solve in
 * parallel). People serve in the township they are registered in; someone registered above a
 * township is placed by hand only. Slots filled by hand are pinned; so are the people's slots
 * outside the period, which the rules must see but the solver must not touch. A post's temporary
 * branch is what the solver's branch preference looks for among each person's branches.
 */
public final class PlanParts {

  /** One township's plan, its open slots by id and the people who may fill them. */
  public record Part(
      String township, RosterPlan plan, Map<UUID, SlotPlan> open, List<Candidate> pool) {}

  private PlanParts() {}

  public static List<Part> of(RosterSnapshot snapshot, RosterLimits limits) {
    Map<String, List<Person>> peopleByTownship = new LinkedHashMap<>();
    for (Person person : snapshot.people()) {
      if (person.getDivisionCode().length() >= 9) {
        peopleByTownship
            .computeIfAbsent(person.getDivisionCode().substring(0, 9), t -> new ArrayList<>())
            .add(person);
      }
    }
    Map<UUID, Candidate> everyone = new HashMap<>();
    Map<String, List<Slot>> slotsByTownship = new LinkedHashMap<>();
    for (Slot slot : snapshot.slots()) {
      slotsByTownship
          .computeIfAbsent(slot.getDivisionCode().substring(0, 9), t -> new ArrayList<>())
          .add(slot);
    }
    List<Part> parts = new ArrayList<>();
    for (Map.Entry<String, List<Slot>> township : slotsByTownship.entrySet()) {
      List<Candidate> pool = new ArrayList<>();
      for (Person person : peopleByTownship.getOrDefault(township.getKey(), List.of())) {
        pool.add(everyone.computeIfAbsent(person.getId(), id -> candidate(person, snapshot)));
      }
      CandidatePools pools = new CandidatePools(pool);
      List<SlotPlan> slots = new ArrayList<>();
      Map<UUID, SlotPlan> open = new LinkedHashMap<>();
      for (Slot slot : township.getValue()) {
        Post post = snapshot.posts().get(slot.getPostId());
        SlotPlan plan =
            new SlotPlan(
                slot.getId(),
                slot.getPostId(),
                branchOf(post, snapshot.branches()),
                post.getDivisionCode(),
                slot.getSpan(),
                slot.getSkill(),
                limits.rest(),
                pools.of(slot.getSpan(), slot.getSkill()));
        Candidate on = slot.getPersonId() == null ? null : known(everyone, slot.getPersonId());
        if (slot.isPinned() && on != null) {
          plan.pinnedTo(on);
        } else {
          plan.setPerson(on != null && plan.getCandidates().contains(on) ? on : null);
          open.put(slot.getId(), plan);
        }
        slots.add(plan);
      }
      for (Slot other : snapshot.commitments()) {
        Candidate on = everyone.get(other.getPersonId());
        if (on != null && pool.contains(on)) {
          slots.add(
              new SlotPlan(
                      other.getId(),
                      other.getPostId(),
                      null,
                      null,
                      other.getSpan(),
                      null,
                      limits.rest(),
                      List.of(on))
                  .pinnedTo(on));
        }
      }
      parts.add(new Part(township.getKey(), new RosterPlan(slots, limits), open, pool));
    }
    return parts;
  }

  /** Someone on a slot who is not in any township's pool: a stand-in the rules still see. */
  private static Candidate known(Map<UUID, Candidate> everyone, UUID id) {
    return everyone.computeIfAbsent(
        id, k -> new Candidate(k, "", Set.of(), List.of(), null, Set.of()));
  }

  private static Candidate candidate(Person person, RosterSnapshot snapshot) {
    return new Candidate(
        person.getId(),
        person.getName(),
        person.getSkills(),
        person.getWindows(),
        person.getReportCommunity(),
        snapshot.branchesOf().getOrDefault(person.getId(), Set.of()));
  }

  /**
   * The temporary branch of a post: the one set up at its checkpoint, else the one over the
   * smallest area that holds the post's.
   */
  static UUID branchOf(Post post, List<PartyOrganisation> branches) {
    UUID best = null;
    int depth = -1;
    for (PartyOrganisation branch : branches) {
      if (post.getCheckpointId() != null && post.getCheckpointId().equals(branch.getPlaceId())) {
        return branch.getId();
      }
      String area = branch.getDivisionCode();
      if (post.getDivisionCode().startsWith(area) && area.length() > depth) {
        best = branch.getId();
        depth = area.length();
      }
    }
    return best;
  }

  /** How far before and after the period the rules look: the week around it and the rest. */
  public static Duration reach(RosterLimits limits) {
    return Duration.ofDays(7).plus(limits.rest());
  }
}
