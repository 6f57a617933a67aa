package org.qunfang.dispatch.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.DispatchTexts;
import org.qunfang.dispatch.api.report.DeploymentRow;
import org.qunfang.dispatch.api.report.DispatchReporting;
import org.qunfang.dispatch.api.report.DutyFigures;
import org.qunfang.dispatch.api.report.RosterRow;
import org.qunfang.dispatch.api.report.ServiceRecord;
import org.qunfang.dispatch.api.report.ServiceRow;
import org.qunfang.dispatch.api.roster.Coverage;
import org.qunfang.dispatch.api.roster.ShiftView;
import org.qunfang.dispatch.api.roster.SlotView;
import org.qunfang.dispatch.person.control.AreaReach;
import org.qunfang.dispatch.person.entity.Person;
import org.qunfang.dispatch.post.entity.Post;
import org.qunfang.dispatch.report.control.DeploymentFigures;
import org.qunfang.dispatch.roster.control.AttendanceRules;
import org.qunfang.dispatch.roster.control.CoverageReader;
import org.qunfang.dispatch.roster.control.RosterSettings;
import org.qunfang.dispatch.roster.entity.Slot;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.division.DivisionView;
import org.qunfang.kernel.pii.Masking;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.time.Beijing;

/** The figures behind dispatch's formal reports, read within the caller's area. */
@Stateless
@RolesAllowed({Role.Names.REPORT_OFFICER, Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
public class Reporting implements DispatchReporting {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MM-dd E", Locale.SIMPLIFIED_CHINESE).withZone(Beijing.ZONE);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withZone(Beijing.ZONE);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Beijing.ZONE);

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  @Inject AreaReach reach;

  @Inject DivisionDirectory divisions;

  @Inject DeploymentFigures figures;

  @Inject CoverageReader coverage;

  @Inject RosterSettings settings;

  @Override
  public List<DeploymentRow> deployment(String area, YearMonth month) {
    DivisionCode within = reach.area(area);
    List<DivisionView> townships =
        within.value().length() >= 9
            ? List.of(divisions.get(within.value()))
            : divisions.children(within.value());
    List<DeploymentRow> rows = new ArrayList<>();
    for (DivisionView township : townships) {
      rows.add(figures.of(township.name(), DivisionCode.of(township.code()), month));
    }
    rows.add(DeploymentFigures.total(rows));
    return rows;
  }

  @Override
  public List<RosterRow> rosterWeek(String area, LocalDate from) {
    DivisionCode within = reach.area(area);
    Coverage week =
        coverage.read(
            within, Beijing.startOf(from), Beijing.startOf(from.plusDays(7)), Instant.EPOCH);
    return week.shifts().stream().filter(s -> !s.cancelled()).map(Reporting::row).toList();
  }

  private static RosterRow row(ShiftView shift) {
    String people =
        shift.slots().stream()
            .filter(s -> !s.vacant())
            .map(SlotView::personName)
            .collect(Collectors.joining("、"));
    return new RosterRow(
        DAY.format(shift.startsAt()),
        TIME.format(shift.startsAt()) + "–" + TIME.format(shift.endsAt()),
        shift.postName(),
        people,
        shift.gaps() == 0 ? "" : "缺" + shift.gaps() + "人",
        shift.slots().size(),
        shift.gaps());
  }

  @Override
  @RolesAllowed({
    Role.Names.REPORT_OFFICER,
    Role.Names.DISPATCHER,
    Role.Names.DISTRICT_ADMIN,
    Role.Names.TOWNSHIP_OFFICER,
    Role.Names.COMMUNITY_OFFICER
  })
  public DutyFigures duty(String area) {
    DivisionCode within = reach.area(area);
    Instant now = Instant.now();
    long onDuty =
        em.createNamedQuery(Slot.ON_DUTY_IN_AREA, Long.class)
            .setParameter("lo", within.value())
            .setParameter("hi", within.upperBound())
            .setParameter("now", now)
            .getSingleResult();
    long gaps =
        coverage
            .read(within, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)), now)
            .gapsNext24h();
    long noShows =
        em.createNamedQuery(Slot.NO_SHOWS_IN_AREA, Long.class)
            .setParameter("lo", within.value())
            .setParameter("hi", within.upperBound())
            .setParameter("from", Beijing.startOf(Beijing.today()))
            .setParameter("due", now.minus(settings.grace()))
            .getSingleResult();
    return new DutyFigures(onDuty, gaps, noShows);
  }

  @Override
  public ServiceRecord services(UUID personId) {
    Person person = reach.person(personId);
    List<Slot> served =
        em.createNamedQuery(Slot.SERVED_BY, Slot.class)
            .setParameter("person", personId)
            .getResultList();
    List<ServiceRow> rows = new ArrayList<>();
    long minutes = 0;
    for (Slot slot : served) {
      long these = AttendanceRules.minutes(slot.getSignedInAt(), slot.getSignedOutAt());
      minutes += these;
      Post post = em.find(Post.class, slot.getPostId());
      rows.add(
          new ServiceRow(
              DATE.format(slot.getSignedInAt()),
              post.getName(),
              new Message(DispatchTexts.TEXTS, "PostKind." + post.getKind())
                      .in(Locale.SIMPLIFIED_CHINESE)
                  + "值守",
              String.format("%.1f", these / 60.0)));
    }
    return new ServiceRecord(
        person.getName(),
        Masking.idNumber(person.getIdNumber()),
        person.getDivisionCode(),
        served.isEmpty() ? null : Beijing.dayOf(served.get(0).getSignedInAt()),
        served.isEmpty() ? null : Beijing.dayOf(served.get(served.size() - 1).getSignedInAt()),
        minutes,
        rows);
  }
}
