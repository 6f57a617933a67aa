package org.qunfang.dispatch.roster.boundary;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.attendance.Attendance;
import org.qunfang.dispatch.api.attendance.BackEntry;
import org.qunfang.dispatch.api.attendance.PlaceOnDuty;
import org.qunfang.dispatch.api.attendance.SelfSignIn;
import org.qunfang.dispatch.api.attendance.ShiftOnDuty;
import org.qunfang.dispatch.person.control.AreaReach;
import org.qunfang.dispatch.person.entity.Person;
import org.qunfang.dispatch.post.entity.Post;
import org.qunfang.dispatch.roster.control.AttendanceRules;
import org.qunfang.dispatch.roster.control.RosterSettings;
import org.qunfang.dispatch.roster.entity.Shift;
import org.qunfang.dispatch.roster.entity.Slot;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.pii.Masking;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.validation.Inputs;

/**
 * Signing in and out at the post, by shift leaders of the area, the people themselves, dispatchers.
 */
@Stateless
@AuditRefusals
@RolesAllowed({Role.Names.SHIFT_LEADER, Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
public class SignIns implements Attendance {

  private static final int LONGEST_LOOK_AHEAD_HOURS = 48;

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  @Inject Validator validator;

  @Inject AreaReach reach;

  @Inject CurrentCaller caller;

  @Inject RosterSettings settings;

  @Override
  public List<ShiftOnDuty> onDuty(int hours) {
    if (hours < 1 || hours > LONGEST_LOOK_AHEAD_HOURS) {
      throw new InvalidInput(
          new Message(TEXTS, "attendance.hours", LONGEST_LOOK_AHEAD_HOURS), "hours");
    }
    DivisionCode area = reach.area(null);
    Instant now = Instant.now();
    List<Shift> shifts =
        em.createNamedQuery(Shift.AROUND_IN_AREA, Shift.class)
            .setParameter("lo", area.value())
            .setParameter("hi", area.upperBound())
            .setParameter("from", now)
            .setParameter("until", now.plus(Duration.ofHours(hours)))
            .getResultList();
    if (shifts.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<Slot>> slots = new HashMap<>();
    em.createNamedQuery(Slot.OF_SHIFTS, Slot.class)
        .setParameter("shifts", shifts.stream().map(Shift::getId).toList())
        .getResultStream()
        .filter(s -> s.getPersonId() != null)
        .forEach(s -> slots.computeIfAbsent(s.getShiftId(), k -> new ArrayList<>()).add(s));
    List<ShiftOnDuty> duty = new ArrayList<>();
    for (Shift shift : shifts) {
      List<PlaceOnDuty> places = new ArrayList<>();
      for (Slot slot : slots.getOrDefault(shift.getId(), List.of())) {
        places.add(place(slot, em.find(Person.class, slot.getPersonId()), now));
      }
      duty.add(
          new ShiftOnDuty(
              shift.getId(),
              em.find(Post.class, shift.getPostId()).getName(),
              shift.getDivisionCode(),
              shift.getStartsAt(),
              shift.getEndsAt(),
              shift.signInCode(),
              places));
    }
    return duty;
  }

  @Override
  public PlaceOnDuty signIn(UUID slotId) {
    Slot slot = filled(slotId);
    Instant now = Instant.now();
    AttendanceRules.requireSignIn(slot.getSpan(), slot.getSignedInAt(), now);
    slot.signIn(now, caller.profile().username());
    em.flush();
    return place(slot, em.find(Person.class, slot.getPersonId()), now);
  }

  @Override
  public PlaceOnDuty signOut(UUID slotId) {
    Slot slot = filled(slotId);
    AttendanceRules.requireSignOut(slot.getSignedInAt(), slot.getSignedOutAt());
    Instant now = Instant.now();
    slot.signOut(now, caller.profile().username());
    em.flush();
    return place(slot, em.find(Person.class, slot.getPersonId()), now);
  }

  @Override
  @RolesAllowed({
    Role.Names.DUTY_STAFF,
    Role.Names.SHIFT_LEADER,
    Role.Names.DISPATCHER,
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER,
    Role.Names.GRID_MEMBER,
    Role.Names.CARE_WORKER
  })
  public PlaceOnDuty signInWithCode(SelfSignIn code) {
    Inputs.valid(validator, code);
    Person me =
        em.createNamedQuery(Person.BY_ACCOUNT, Person.class)
            .setParameter("account", caller.profile().username())
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () -> new InvalidInput(new Message(TEXTS, "attendance.notRegistered"), "code"));
    Instant now = Instant.now();
    Slot slot =
        em.createNamedQuery(Slot.OF_SHIFT_CODE, Slot.class)
            .setParameter("person", me.getId())
            .setParameter("code", code.code())
            .setParameter("from", now)
            .setParameter("until", now.plus(AttendanceRules.EARLY))
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () -> new InvalidInput(new Message(TEXTS, "attendance.wrongCode"), "code"));
    AttendanceRules.requireSignIn(slot.getSpan(), slot.getSignedInAt(), now);
    slot.signIn(now, caller.profile().username());
    em.flush();
    return place(slot, me, now);
  }

  @Override
  @RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
  public PlaceOnDuty backEnter(UUID slotId, BackEntry entry) {
    Inputs.valid(validator, entry);
    Slot slot = filled(slotId);
    slot.requireVersion(entry.version(), TEXTS, "slot.changedByOther");
    Instant now = Instant.now();
    AttendanceRules.requireBackEntry(slot.getSpan(), entry.signedInAt(), entry.signedOutAt(), now);
    slot.backEnter(
        entry.signedInAt(),
        entry.signedOutAt(),
        entry.reason().strip(),
        caller.profile().username());
    em.flush();
    return place(slot, em.find(Person.class, slot.getPersonId()), now);
  }

  /** A filled place of a shift in the caller's area that has not been cancelled. */
  private Slot filled(UUID slotId) {
    Slot slot = slotId == null ? null : em.find(Slot.class, slotId);
    if (slot == null || !reach.covers(slot.getDivisionCode())) {
      throw new NotFound(new Message(TEXTS, "slot.notFound"));
    }
    if (slot.getPersonId() == null) {
      throw new InvalidInput(new Message(TEXTS, "attendance.nobody"), "slotId");
    }
    if (em.find(Shift.class, slot.getShiftId()).isCancelled()) {
      throw new InvalidInput(new Message(TEXTS, "slot.cancelled"), "slotId");
    }
    return slot;
  }

  private PlaceOnDuty place(Slot slot, Person person, Instant now) {
    return new PlaceOnDuty(
        slot.getId(),
        person.getId(),
        person.getName(),
        Masking.mobile(person.getMobile()),
        slot.getSkill(),
        AttendanceRules.presence(
            slot.getSpan(), slot.getSignedInAt(), slot.getSignedOutAt(), now, settings.grace()),
        slot.getSignedInAt(),
        slot.getSignedOutAt(),
        slot.getVersion());
  }
}
