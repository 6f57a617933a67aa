package org.qunfang.care.help.boundary;

import static org.qunfang.care.api.CareTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qunfang.access.api.Role;
import org.qunfang.care.api.help.HelpCancel;
import org.qunfang.care.api.help.HelpDone;
import org.qunfang.care.api.help.HelpFigures;
import org.qunfang.care.api.help.HelpKind;
import org.qunfang.care.api.help.HelpRequests;
import org.qunfang.care.api.help.HelpStatus;
import org.qunfang.care.api.help.HelpTaking;
import org.qunfang.care.api.help.HelpView;
import org.qunfang.care.api.help.HelperView;
import org.qunfang.care.api.help.NewHelpRequest;
import org.qunfang.care.figures.control.FigureTable;
import org.qunfang.care.help.control.HelpRules;
import org.qunfang.care.help.control.HelpSettings;
import org.qunfang.care.help.control.HelpTable;
import org.qunfang.care.help.control.HelpViews;
import org.qunfang.care.help.entity.HelpRequest;
import org.qunfang.care.observation.control.CareReach;
import org.qunfang.care.observation.entity.Observation;
import org.qunfang.dispatch.api.person.PersonView;
import org.qunfang.dispatch.api.person.Registry;
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.grid.api.GridOrganisation;
import org.qunfang.grid.api.HouseholdRegister;
import org.qunfang.grid.api.HouseholdView;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.kernel.validation.Inputs;

/**
 * Help requests: asked by whoever hears them (officers, grid members, a care team for its people),
 * handed by the area's officers to someone of a logistics team, and closed once.
 */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER
})
public class HelpDesk implements HelpRequests {

  @PersistenceContext(unitName = "care")
  EntityManager em;

  @Inject Validator validator;

  @Inject CareReach reach;

  @Inject HelpSettings settings;

  @Inject HouseholdRegister register;

  @Inject GridOrganisation grids;

  @Inject Registry registry;

  @Inject DivisionDirectory divisions;

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER,
    Role.Names.GRID_MEMBER,
    Role.Names.CARE_WORKER
  })
  public HelpView ask(NewHelpRequest request) {
    Inputs.valid(validator, request);
    HelpRules.requireOneAsker(request);
    HelpRequest.Asker asker;
    if (request.observationId() != null) {
      Observation o = reach.observation(request.observationId());
      o.requireRunning();
      asker =
          new HelpRequest.Asker(o.getId(), null, o.getDivisionCode(), o.getAddress(), o.getName());
    } else {
      HouseholdView household = register.household(request.householdId());
      String name = household.residents().isEmpty() ? null : household.residents().get(0).name();
      asker =
          new HelpRequest.Asker(
              null,
              household.id(),
              grids.get(household.gridId()).divisionCode(),
              household.address() + (household.room() == null ? "" : " " + household.room()),
              name);
    }
    Instant now = Instant.now();
    HelpRequest help =
        new HelpRequest(
            asker,
            request.kind(),
            request.details().strip(),
            request.urgency(),
            request.askedBy(),
            settings.dueAt(request.urgency(), now));
    em.persist(help);
    em.flush();
    return HelpViews.of(help, now);
  }

  @Override
  public HelpView take(UUID id, HelpTaking taking) {
    Inputs.valid(validator, taking);
    HelpRequest help = help(id);
    help.requireVersion(taking.version(), TEXTS, "help.changedByOther");
    PersonView helper;
    try {
      helper = registry.around(help.getDivisionCode(), taking.personId());
    } catch (NotFound outside) {
      throw new InvalidInput(new Message(TEXTS, "help.helperOutside"), "personId");
    }
    if (!helper.skills().contains(Skill.LOGISTICS)) {
      throw new InvalidInput(new Message(TEXTS, "help.notLogistics", helper.name()), "personId");
    }
    Instant now = Instant.now();
    help.take(helper.id(), helper.name(), helper.account(), now);
    em.flush();
    return HelpViews.of(help, now);
  }

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER,
    Role.Names.CARE_WORKER
  })
  public HelpView done(UUID id, HelpDone done) {
    Inputs.valid(validator, done);
    HelpRequest help = ownOrInArea(id);
    help.requireVersion(done.version(), TEXTS, "help.changedByOther");
    Instant now = Instant.now();
    Instant at = done.doneAt() == null ? now : done.doneAt();
    HelpRules.requireSound(done, at, help.getCreatedAt());
    help.done(at, done.note().strip(), done.advanced(), done.repaid());
    em.flush();
    return HelpViews.of(help, now);
  }

  @Override
  public HelpView cancel(UUID id, HelpCancel cancel) {
    Inputs.valid(validator, cancel);
    HelpRequest help = help(id);
    help.requireVersion(cancel.version(), TEXTS, "help.changedByOther");
    help.cancel(cancel.reason().strip());
    em.flush();
    return HelpViews.of(help, Instant.now());
  }

  @Override
  public List<HelpView> list(String area, HelpStatus status) {
    DivisionCode within = reach.area(area);
    TypedQuery<HelpRequest> query =
        status == null
            ? em.createNamedQuery(HelpRequest.IN_AREA, HelpRequest.class)
            : em.createNamedQuery(HelpRequest.IN_AREA_WITH_STATUS, HelpRequest.class)
                .setParameter("status", status);
    Instant now = Instant.now();
    return query
        .setParameter("lo", within.value())
        .setParameter("hi", within.upperBound())
        .setMaxResults(PAGE_LIMIT)
        .getResultStream()
        .map(h -> HelpViews.of(h, now))
        .sorted(Comparator.comparing((HelpView h) -> h.status().ordinal()))
        .toList();
  }

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER,
    Role.Names.CARE_WORKER
  })
  public List<HelpView> mine() {
    Instant now = Instant.now();
    return em.createNamedQuery(HelpRequest.TAKEN_BY, HelpRequest.class)
        .setParameter("account", reach.account())
        .setParameter("taken", HelpStatus.TAKEN)
        .setParameter("since", now.minus(Duration.ofDays(7)))
        .setMaxResults(PAGE_LIMIT)
        .getResultStream()
        .map(h -> HelpViews.of(h, now))
        .sorted(Comparator.comparing((HelpView h) -> h.status().ordinal()))
        .toList();
  }

  @Override
  public List<HelperView> helpers(UUID id) {
    HelpRequest help = help(id);
    List<PersonView> people = registry.around(help.getDivisionCode(), Skill.LOGISTICS);
    Map<UUID, Long> inHand =
        people.isEmpty()
            ? Map.of()
            : em.createNamedQuery(HelpRequest.IN_HAND, Object[].class)
                .setParameter("people", people.stream().map(PersonView::id).toList())
                .setParameter("taken", HelpStatus.TAKEN)
                .getResultStream()
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
    return people.stream()
        .map(p -> new HelperView(p.id(), p.name(), p.area(), inHand.getOrDefault(p.id(), 0L)))
        .sorted(Comparator.comparingLong(HelperView::inHand).thenComparing(HelperView::name))
        .toList();
  }

  @Override
  @RolesAllowed({
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER,
    Role.Names.REPORT_OFFICER
  })
  public HelpFigures figures(String area, LocalDate from, LocalDate until) {
    DivisionCode within = reach.area(area);
    LocalDate last = until == null ? Beijing.today() : until;
    LocalDate first = from == null ? last.withDayOfMonth(1) : from;
    if (last.isBefore(first)) {
      throw new InvalidInput(new Message(TEXTS, "help.untilBeforeFrom"), "until");
    }
    Instant start = Beijing.startOf(first);
    Instant end = Beijing.startOf(last.plusDays(1));
    List<HelpTable.Counts> times =
        em.createNamedQuery(HelpRequest.DONE_BETWEEN, Object[].class)
            .setParameter("lo", within.value())
            .setParameter("hi", within.upperBound())
            .setParameter("done", HelpStatus.DONE)
            .setParameter("from", start)
            .setParameter("until", end)
            .getResultStream()
            .map(r -> new HelpTable.Counts((String) r[0], (HelpKind) r[1], (Long) r[2]))
            .toList();
    Map<String, Long> families =
        em.createNamedQuery(HelpRequest.FAMILIES_BETWEEN, Object[].class)
            .setParameter("lo", within.value())
            .setParameter("hi", within.upperBound())
            .setParameter("done", HelpStatus.DONE)
            .setParameter("from", start)
            .setParameter("until", end)
            .getResultStream()
            .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    List<HelpFigures.Row> rows =
        HelpTable.rows(
            times,
            families,
            FigureTable.childDigits(within.value()),
            code -> divisions.nameOf(code).orElse(code));
    String name = divisions.nameOf(within.value()).orElse(within.value());
    return new HelpFigures(
        within.value(), name, first, last, rows, HelpTable.total(rows, within.value(), name));
  }

  /** A request the caller took as a helper, or one in the officer's area; locked for a change. */
  private HelpRequest ownOrInArea(UUID id) {
    HelpRequest help =
        id == null ? null : em.find(HelpRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (help != null && reach.account().equals(help.getTakerAccount())) {
      return help;
    }
    return help(id);
  }

  /** A request in the caller's area, locked for a change; any other is not found. */
  private HelpRequest help(UUID id) {
    HelpRequest help =
        id == null ? null : em.find(HelpRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (help == null || !reach.isOfficer() || !reach.covers(help.getDivisionCode())) {
      throw new NotFound(new Message(TEXTS, "help.notFound"));
    }
    return help;
  }
}
