package org.qunfang.dispatch.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.qunfang.dispatch.api.party.OrganisationKind;
import org.qunfang.dispatch.api.report.DeploymentRow;
import org.qunfang.dispatch.roster.control.AttendanceRules;
import org.qunfang.dispatch.roster.entity.Slot;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.time.Beijing;

/** One township's line of 党员干部下沉一线情况统计表, counted in the database. */
@Dependent
public class DeploymentFigures {

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  public DeploymentRow of(String name, DivisionCode area, YearMonth month) {
    Instant from = Beijing.startOf(month.atDay(1));
    Instant until = Beijing.startOf(month.plusMonths(1).atDay(1));
    long minutes =
        em.createNamedQuery(Slot.SIGNED_OUT_IN_AREA, Slot.class)
            .setParameter("lo", area.value())
            .setParameter("hi", area.upperBound())
            .setParameter("from", from)
            .setParameter("until", until)
            .getResultStream()
            .mapToLong(s -> AttendanceRules.minutes(s.getSignedInAt(), s.getSignedOutAt()))
            .sum();
    return new DeploymentRow(
        name,
        organisations(area, OrganisationKind.TEMPORARY_COMMITTEE),
        organisations(area, OrganisationKind.TEMPORARY_BRANCH),
        count("select count(p) from Person p where p.partyStanding is not null", area),
        count("select count(p) from Person p where p.secondedUnit is not null", area),
        count(
            "select count(distinct p.secondedUnit) from Person p where p.secondedUnit is not null",
            area),
        count("select count(p) from Person p where p.volunteerConsentedOn is not null", area),
        em.createNamedQuery(Slot.ON_DUTY_IN_AREA, Long.class)
            .setParameter("lo", area.value())
            .setParameter("hi", area.upperBound())
            .setParameter("now", Instant.now())
            .getSingleResult(),
        hours(minutes));
  }

  /** The last line: every column added up. */
  public static DeploymentRow total(List<DeploymentRow> rows) {
    return new DeploymentRow(
        "合计",
        rows.stream().mapToLong(DeploymentRow::committees).sum(),
        rows.stream().mapToLong(DeploymentRow::branches).sum(),
        rows.stream().mapToLong(DeploymentRow::partyMembers).sum(),
        rows.stream().mapToLong(DeploymentRow::cadres).sum(),
        rows.stream().mapToLong(DeploymentRow::units).sum(),
        rows.stream().mapToLong(DeploymentRow::volunteers).sum(),
        rows.stream().mapToLong(DeploymentRow::onDuty).sum(),
        String.format("%.1f", rows.stream().mapToDouble(r -> Double.parseDouble(r.hours())).sum()));
  }

  private long organisations(DivisionCode area, OrganisationKind kind) {
    return em.createQuery(
            "select count(o) from PartyOrganisation o where o.kind = :kind and o.dissolvedOn is null"
                + " and o.divisionCode >= :lo and o.divisionCode < :hi",
            Long.class)
        .setParameter("kind", kind)
        .setParameter("lo", area.value())
        .setParameter("hi", area.upperBound())
        .getSingleResult();
  }

  private long count(String query, DivisionCode area) {
    return em.createQuery(query + " and p.divisionCode >= :lo and p.divisionCode < :hi", Long.class)
        .setParameter("lo", area.value())
        .setParameter("hi", area.upperBound())
        .getSingleResult();
  }

  private static String hours(long minutes) {
    return String.format("%.1f", minutes / 60.0);
  }
}
