package org.qunfang.dispatch.roster.boundary;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.dispatch.api.post.PostView;
import org.qunfang.dispatch.api.post.ShiftNeed;
import org.qunfang.dispatch.api.roster.ShiftPlanning;
import org.qunfang.dispatch.planning.control.ShiftLayout;
import org.qunfang.dispatch.planning.control.Span;
import org.qunfang.dispatch.post.control.PostReach;
import org.qunfang.dispatch.post.control.PostViews;
import org.qunfang.dispatch.post.entity.Post;
import org.qunfang.dispatch.roster.control.StandDown;
import org.qunfang.dispatch.roster.entity.Shift;
import org.qunfang.dispatch.roster.entity.Slot;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.time.Beijing;

/** Dispatchers lay a post's shifts out ahead, and stand a post down. */
@Stateless
@AuditRefusals
@RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
public class ShiftPlanner implements ShiftPlanning {

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  @Inject PostReach reach;

  @Inject StandDown standDown;

  @Override
  public int layOut(UUID postId, LocalDate from, LocalDate until) {
    Post post = reach.post(postId);
    if (!post.isActive()) {
      throw new InvalidInput(new Message(TEXTS, "post.stoodDown", post.getName()), "postId");
    }
    if (from == null || until == null || until.isBefore(from)) {
      throw new InvalidInput(new Message(TEXTS, "layout.untilBeforeFrom"), "until");
    }
    if (from.isBefore(Beijing.today())) {
      throw new InvalidInput(new Message(TEXTS, "layout.past"), "from");
    }
    if (ChronoUnit.DAYS.between(from, until) >= LONGEST_PLAN_DAYS) {
      throw new InvalidInput(new Message(TEXTS, "layout.tooLong", LONGEST_PLAN_DAYS), "until");
    }
    Instant first = Beijing.startOf(from);
    Instant last = Beijing.startOf(until.plusDays(1));
    Set<Instant> taken =
        new HashSet<>(
            em.createNamedQuery(Shift.STARTS_OF_POST, Instant.class)
                .setParameter("post", post.getId())
                .setParameter("from", first)
                .setParameter("until", last)
                .getResultList());
    List<ShiftNeed> needs = post.getNeeds();
    record Planned(Shift shift, ShiftNeed need) {}
    List<Planned> added = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
      List<Span> spans = ShiftLayout.spansOn(day, needs);
      for (int n = 0; n < needs.size(); n++) {
        if (!taken.contains(spans.get(n).start())) {
          Shift shift = new Shift(post.getId(), post.getDivisionCode(), spans.get(n));
          em.persist(shift);
          added.add(new Planned(shift, needs.get(n)));
        }
      }
    }
    try {
      em.flush(); // the shifts' rows before their slots' (EclipseLink orders inserts by class)
    } catch (PersistenceException raced) {
      throw new Conflict(new Message(TEXTS, "layout.raced", post.getName()), "from");
    }
    for (Planned planned : added) {
      List<Skill> skills = planned.need().skills();
      for (int position = 0; position < planned.need().headcount(); position++) {
        Skill skill = position < skills.size() ? skills.get(position) : null;
        em.persist(new Slot(planned.shift(), position, skill));
      }
    }
    em.flush();
    return added.size();
  }

  @Override
  public PostView standDown(UUID postId, long version) {
    Post post = reach.post(postId);
    post.requireVersion(version, TEXTS, "post.changedByOther");
    if (post.isActive()) {
      post.standDown();
      standDown.cancelFutureShifts(post.getId(), post.getName(), Instant.now());
    }
    em.flush();
    return PostViews.of(post);
  }
}
