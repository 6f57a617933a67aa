package org.qunfang.dispatch.roster.boundary;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.roster.Assignment;
import org.qunfang.dispatch.api.roster.CandidateView;
import org.qunfang.dispatch.api.roster.Coverage;
import org.qunfang.dispatch.api.roster.Rosters;
import org.qunfang.dispatch.api.roster.ShiftView;
import org.qunfang.dispatch.api.roster.SlotView;
import org.qunfang.dispatch.person.control.AreaReach;
import org.qunfang.dispatch.person.entity.Person;
import org.qunfang.dispatch.planning.control.Breach;
import org.qunfang.dispatch.planning.control.BreachTexts;
import org.qunfang.dispatch.planning.control.HardRules;
import org.qunfang.dispatch.planning.control.Span;
import org.qunfang.dispatch.post.entity.Post;
import org.qunfang.dispatch.roster.control.CoverageReader;
import org.qunfang.dispatch.roster.control.RosterSettings;
import org.qunfang.dispatch.roster.entity.Shift;
import org.qunfang.dispatch.roster.entity.Slot;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.kernel.validation.Inputs;

/**
 * The roster edited by hand. An assignment locks the person's row first, so two dispatchers putting
 * one person on overlapping shifts at the same moment are judged one after the other; two taking
 * the same slot meet its version, and the second gets a conflict.
 */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISPATCHER,
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.REPORT_OFFICER
})
public class RosterDesk implements Rosters {

  private static final int MOST_CANDIDATES = 30;

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  @Inject Validator validator;

  @Inject AreaReach reach;

  @Inject CoverageReader coverage;

  @Inject RosterSettings settings;

  @Override
  public Coverage coverage(String area, LocalDate from, int days) {
    DivisionCode within = reach.area(area);
    if (from == null) {
      throw new InvalidInput(new Message(TEXTS, "coverage.fromNeeded"), "from");
    }
    if (days < 1 || days > LONGEST_COVERAGE_DAYS) {
      throw new InvalidInput(new Message(TEXTS, "coverage.days", LONGEST_COVERAGE_DAYS), "days");
    }
    return coverage.read(
        within, Beijing.startOf(from), Beijing.startOf(from.plusDays(days)), Instant.now());
  }

  @Override
  public ShiftView shift(UUID shiftId) {
    Shift shift = shift(shiftId, "shift.notFound");
    return viewOf(shift);
  }

  @Override
  @RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
  public SlotView assign(UUID slotId, Assignment assignment) {
    Inputs.valid(validator, assignment);
    Slot slot = openSlot(slotId, assignment.version());
    Person person = reach.person(assignment.personId());
    em.lock(person, LockModeType.PESSIMISTIC_WRITE);
    HardRules rules = settings.rules();
    Span span = slot.getSpan();
    List<Span> theirs = spansOf(person.getId(), span, rules, slot.getId());
    Set<Breach> breaches =
        rules.judge(person.getSkills(), person.getWindows(), slot.getSkill(), span, theirs);
    if (!breaches.isEmpty()) {
      throw new InvalidInput(
          BreachTexts.of(breaches, person.getName(), slot.getSkill(), span, theirs, rules.limits()),
          "personId");
    }
    slot.assignByHand(person.getId());
    em.flush();
    return CoverageReader.view(slot, Map.of(person.getId(), person.getName()));
  }

  @Override
  @RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
  public SlotView release(UUID slotId, long version) {
    Slot slot = slot(slotId);
    slot.requireVersion(version, TEXTS, "slot.changedByOther");
    slot.release();
    em.flush();
    return CoverageReader.view(slot, Map.of());
  }

  @Override
  @RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN, Role.Names.SHIFT_LEADER})
  public List<CandidateView> candidates(UUID slotId) {
    Slot slot = slot(slotId);
    HardRules rules = settings.rules();
    Span span = slot.getSpan();
    // people of the slot's township, as far as the caller reaches
    String township =
        slot.getDivisionCode().substring(0, Math.min(9, slot.getDivisionCode().length()));
    DivisionCode pool = reach.covers(township) ? DivisionCode.of(township) : reach.area(null);
    List<Person> people =
        em.createNamedQuery(Person.ALL_IN_AREA, Person.class)
            .setParameter("lo", pool.value())
            .setParameter("hi", pool.upperBound())
            .getResultStream()
            .filter(p -> slot.getSkill() == null || p.getSkills().contains(slot.getSkill()))
            .toList();
    Window window = Window.around(span, rules);
    Map<UUID, List<Span>> shifts = new HashMap<>();
    for (int i = 0; i < people.size(); i += 500) {
      em.createNamedQuery(Slot.OF_PEOPLE_BETWEEN, Slot.class)
          .setParameter(
              "people",
              people.subList(i, Math.min(people.size(), i + 500)).stream()
                  .map(Person::getId)
                  .toList())
          .setParameter("from", window.from())
          .setParameter("until", window.until())
          .getResultStream()
          .forEach(
              s ->
                  shifts.computeIfAbsent(s.getPersonId(), k -> new ArrayList<>()).add(s.getSpan()));
    }
    List<CandidateView> fit = new ArrayList<>();
    for (Person person : people) {
      List<Span> theirs = shifts.getOrDefault(person.getId(), List.of());
      if (rules
          .judge(person.getSkills(), person.getWindows(), slot.getSkill(), span, theirs)
          .isEmpty()) {
        long hours =
            theirs.stream()
                .filter(s -> s.week().equals(span.week()))
                .mapToLong(s -> s.length().toHours())
                .sum();
        String home = person.getReportCommunity();
        fit.add(
            new CandidateView(
                person.getId(),
                person.getName(),
                hours,
                home != null && slot.getDivisionCode().startsWith(home)));
      }
    }
    return fit.stream()
        .sorted(
            Comparator.comparing((CandidateView c) -> !c.homeCommunity())
                .thenComparingLong(CandidateView::weekHours)
                .thenComparing(CandidateView::name))
        .limit(MOST_CANDIDATES)
        .toList();
  }

  /** The week a shift counts in and the rest around it: all that the rules look at. */
  private record Window(Instant from, Instant until) {
    static Window around(Span span, HardRules rules) {
      Instant weekStart = Beijing.startOf(span.week());
      Instant weekEnd = Beijing.startOf(span.week().plusDays(7));
      Instant restFrom = span.start().minus(rules.limits().rest());
      Instant restUntil = span.end().plus(rules.limits().rest());
      return new Window(
          restFrom.isBefore(weekStart) ? restFrom : weekStart,
          restUntil.isAfter(weekEnd) ? restUntil : weekEnd);
    }
  }

  /** Someone's other shifts that the rules weigh against {@code span}. */
  private List<Span> spansOf(UUID person, Span span, HardRules rules, UUID except) {
    Window window = Window.around(span, rules);
    return em.createNamedQuery(Slot.OF_PERSON_BETWEEN, Slot.class)
        .setParameter("person", person)
        .setParameter("from", window.from())
        .setParameter("until", window.until())
        .getResultStream()
        .filter(s -> !s.getId().equals(except))
        .map(Slot::getSpan)
        .toList();
  }

  private Slot openSlot(UUID slotId, long version) {
    Slot slot = slot(slotId);
    Shift shift = em.find(Shift.class, slot.getShiftId());
    if (shift.isCancelled()) {
      throw new InvalidInput(new Message(TEXTS, "slot.cancelled"), "slotId");
    }
    if (!shift.getEndsAt().isAfter(Instant.now())) {
      throw new InvalidInput(new Message(TEXTS, "slot.over"), "slotId");
    }
    if (slot.getVersion() != version) {
      throw new Conflict(
          new Message(
              TEXTS,
              slot.getPersonId() == null ? "slot.changedByOther" : "slot.taken",
              slot.getUpdatedBy(),
              Beijing.format(slot.getUpdatedAt())),
          "version");
    }
    return slot;
  }

  private Slot slot(UUID id) {
    Slot slot = id == null ? null : em.find(Slot.class, id);
    if (slot == null || !reach.covers(slot.getDivisionCode())) {
      throw new NotFound(new Message(TEXTS, "slot.notFound"));
    }
    return slot;
  }

  private Shift shift(UUID id, String notFound) {
    Shift shift = id == null ? null : em.find(Shift.class, id);
    if (shift == null || !reach.covers(shift.getDivisionCode())) {
      throw new NotFound(new Message(TEXTS, notFound));
    }
    return shift;
  }

  private ShiftView viewOf(Shift shift) {
    Map<UUID, List<Slot>> slots = new HashMap<>();
    slots.put(
        shift.getId(),
        em.createNamedQuery(Slot.OF_SHIFTS, Slot.class)
            .setParameter("shifts", List.of(shift.getId()))
            .getResultList());
    Post post = em.find(Post.class, shift.getPostId());
    return coverage.view(shift, post.getName(), slots);
  }
}
