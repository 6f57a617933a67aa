package org.qunfang.dispatch.roster.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.roster.NoticeView;
import org.qunfang.dispatch.api.roster.OwnRoster;
import org.qunfang.dispatch.api.roster.OwnShift;
import org.qunfang.dispatch.person.entity.Person;
import org.qunfang.dispatch.post.entity.Post;
import org.qunfang.dispatch.roster.entity.Notice;
import org.qunfang.dispatch.roster.entity.Slot;

/** The caller's own shifts and notices, found through the account their registry entry names. */
@Stateless
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.GRID_MEMBER,
  Role.Names.DISPATCHER,
  Role.Names.SHIFT_LEADER,
  Role.Names.DUTY_STAFF,
  Role.Names.CARE_WORKER,
  Role.Names.HOTLINE_COUNSELLOR,
  Role.Names.HOTLINE_SUPERVISOR,
  Role.Names.REPORT_OFFICER,
  Role.Names.AUDITOR
})
public class OwnShifts implements OwnRoster {

  private static final int MOST_NOTICES = 50;

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  @Inject CurrentCaller caller;

  @Override
  public List<OwnShift> upcoming() {
    Optional<Person> me = me();
    if (me.isEmpty()) {
      return List.of();
    }
    Instant now = Instant.now();
    List<Slot> slots =
        em.createNamedQuery(Slot.OF_PERSON_BETWEEN, Slot.class)
            .setParameter("person", me.get().getId())
            .setParameter("from", now)
            .setParameter("until", now.plus(Duration.ofDays(DAYS_AHEAD)))
            .getResultList();
    Map<UUID, String> posts = new HashMap<>();
    slots.forEach(
        s -> posts.computeIfAbsent(s.getPostId(), id -> em.find(Post.class, id).getName()));
    return slots.stream()
        .sorted(Comparator.comparing(Slot::getStartsAt))
        .map(
            s ->
                new OwnShift(
                    s.getShiftId(),
                    s.getId(),
                    posts.get(s.getPostId()),
                    s.getDivisionCode(),
                    s.getSpan().start(),
                    s.getSpan().end(),
                    s.getSkill()))
        .toList();
  }

  @Override
  public List<NoticeView> notices() {
    return me().map(
            person ->
                em.createNamedQuery(Notice.OF_PERSON, Notice.class)
                    .setParameter("person", person.getId())
                    .setMaxResults(MOST_NOTICES)
                    .getResultStream()
                    .map(
                        n ->
                            new NoticeView(
                                n.getId(),
                                n.getKey(),
                                n.getArguments(),
                                n.getCreatedAt(),
                                n.getReadAt() != null))
                    .toList())
        .orElse(List.of());
  }

  private Optional<Person> me() {
    return em.createNamedQuery(Person.BY_ACCOUNT, Person.class)
        .setParameter("account", caller.profile().username())
        .getResultStream()
        .findFirst();
  }
}
