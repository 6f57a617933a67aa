package org.qunfang.dispatch.roster.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.party.OrganisationKind;
import org.qunfang.dispatch.party.entity.OrganisationMember;
import org.qunfang.dispatch.party.entity.PartyOrganisation;
import org.qunfang.dispatch.person.entity.Person;
import org.qunfang.dispatch.planning.control.HardRules;
import org.qunfang.dispatch.planning.control.Span;
import org.qunfang.dispatch.post.entity.Post;
import org.qunfang.dispatch.roster.control.RosterSnapshot;
import org.qunfang.dispatch.roster.entity.Slot;
import org.qunfang.kernel.area.DivisionCode;

/**
 * The two transactions of an automatic rostering run: reading what it works from, and writing what
 * it decided. Solving runs between them, outside any transaction.
 */
@Stateless
@RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
public class RosterSolveSteps {

  private static final int IDS_PER_QUERY = 500;

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  /** A slot's new person (null: empty), and the version it had when read. */
  public record Change(UUID slotId, long version, UUID personId) {}

  public RosterSnapshot load(DivisionCode area, Instant from, Instant until, Duration reach) {
    List<Slot> slots =
        em.createNamedQuery(Slot.OPEN_IN_AREA, Slot.class)
            .setParameter("lo", area.value())
            .setParameter("hi", area.upperBound())
            .setParameter("from", from)
            .setParameter("until", until)
            .getResultList();
    Map<UUID, Post> posts = new HashMap<>();
    for (Slot slot : slots) {
      posts.computeIfAbsent(slot.getPostId(), id -> em.find(Post.class, id));
    }
    List<Person> people =
        em.createNamedQuery(Person.ALL_IN_AREA, Person.class)
            .setParameter("lo", area.value())
            .setParameter("hi", area.upperBound())
            .getResultList();
    Set<UUID> inPeriod = new HashSet<>();
    slots.forEach(s -> inPeriod.add(s.getId()));
    List<Slot> commitments = new ArrayList<>();
    List<UUID> ids = people.stream().map(Person::getId).toList();
    for (int i = 0; i < ids.size(); i += IDS_PER_QUERY) {
      em.createNamedQuery(Slot.OF_PEOPLE_BETWEEN, Slot.class)
          .setParameter("people", ids.subList(i, Math.min(ids.size(), i + IDS_PER_QUERY)))
          .setParameter("from", from.minus(reach))
          .setParameter("until", until.plus(reach))
          .getResultStream()
          .filter(s -> !inPeriod.contains(s.getId()))
          .forEach(commitments::add);
    }
    List<PartyOrganisation> branches =
        em.createNamedQuery(PartyOrganisation.ACTIVE_BRANCHES_IN_AREA, PartyOrganisation.class)
            .setParameter("branch", OrganisationKind.TEMPORARY_BRANCH)
            .setParameter("lo", area.value())
            .setParameter("hi", area.upperBound())
            .getResultList();
    Map<UUID, Set<UUID>> branchesOf = new HashMap<>();
    em.createNamedQuery(OrganisationMember.CURRENT_IN_AREA, OrganisationMember.class)
        .setParameter("lo", area.value())
        .setParameter("hi", area.upperBound())
        .getResultStream()
        .forEach(
            m ->
                branchesOf
                    .computeIfAbsent(m.getPersonId(), k -> new HashSet<>())
                    .add(m.getOrganisationId()));
    return new RosterSnapshot(slots, posts, people, commitments, branches, branchesOf);
  }

  /**
   * Writes the solver's choices. A place changed by hand since it was read keeps the hand's change;
   * a choice that would break a rule against the people's shifts as they stand now (someone placed
   * by hand meanwhile) leaves its place empty instead: the hard rules hold whatever happened during
   * the run. Returns how many choices were not written.
   */
  public int save(List<Change> changes, HardRules rules, Duration reach) {
    List<Slot> slots = new ArrayList<>();
    for (Change change : changes) {
      slots.add(em.find(Slot.class, change.slotId()));
    }
    Map<UUID, Map<UUID, Span>> shifts = shiftsNow(changes, slots, reach);
    int skipped = 0;
    List<Integer> valid = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      Slot slot = slots.get(i);
      if (slot == null || slot.getVersion() != changes.get(i).version() || slot.isPinned()) {
        skipped++;
      } else {
        valid.add(i);
        if (slot.getPersonId() != null) {
          shifts.getOrDefault(slot.getPersonId(), new HashMap<>()).remove(slot.getId());
        }
      }
    }
    for (int i : valid) {
      Slot slot = slots.get(i);
      UUID chosen = changes.get(i).personId();
      if (chosen == null) {
        slot.release();
        continue;
      }
      Person person = em.find(Person.class, chosen);
      Map<UUID, Span> theirs = shifts.computeIfAbsent(chosen, k -> new HashMap<>());
      if (rules
          .judge(
              person.getSkills(),
              person.getWindows(),
              slot.getSkill(),
              slot.getSpan(),
              theirs.values())
          .isEmpty()) {
        slot.assignBySolver(chosen);
        theirs.put(slot.getId(), slot.getSpan());
      } else {
        slot.release(); // an empty place breaks no rule; the coverage page shows it in red
        skipped++;
      }
    }
    em.flush();
    return skipped;
  }

  /** The shifts, as they stand now, of everyone a change puts somewhere, around those places. */
  private Map<UUID, Map<UUID, Span>> shiftsNow(
      List<Change> changes, List<Slot> slots, Duration reach) {
    List<UUID> people =
        changes.stream()
            .map(Change::personId)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList();
    Map<UUID, Map<UUID, Span>> shifts = new HashMap<>();
    if (people.isEmpty()) {
      return shifts;
    }
    Instant from =
        slots.stream()
            .filter(java.util.Objects::nonNull)
            .map(Slot::getStartsAt)
            .min(Instant::compareTo)
            .orElseThrow();
    Instant until =
        slots.stream()
            .filter(java.util.Objects::nonNull)
            .map(s -> s.getSpan().end())
            .max(Instant::compareTo)
            .orElseThrow();
    for (int i = 0; i < people.size(); i += IDS_PER_QUERY) {
      em.createNamedQuery(Slot.OF_PEOPLE_BETWEEN, Slot.class)
          .setParameter("people", people.subList(i, Math.min(people.size(), i + IDS_PER_QUERY)))
          .setParameter("from", from.minus(reach))
          .setParameter("until", until.plus(reach))
          .getResultStream()
          .forEach(
              s ->
                  shifts
                      .computeIfAbsent(s.getPersonId(), k -> new HashMap<>())
                      .put(s.getId(), s.getSpan()));
    }
    return shifts;
  }
}
