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
   * Writes the solver's choices; a slot changed by hand since it was read keeps the hand's change.
   * Returns how many were skipped so.
   */
  public int save(List<Change> changes) {
    int skipped = 0;
    for (Change change : changes) {
      Slot slot = em.find(Slot.class, change.slotId());
      if (slot == null || slot.getVersion() != change.version() || slot.isPinned()) {
        skipped++;
      } else if (change.personId() == null) {
        slot.release();
      } else {
        slot.assignBySolver(change.personId());
      }
    }
    em.flush();
    return skipped;
  }
}
