package org.qunfang.care.figures.boundary;

import static org.qunfang.care.api.observation.ObservationStatus.RELEASED;
import static org.qunfang.care.api.observation.ObservationStatus.TRANSFERRED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qunfang.access.api.Role;
import org.qunfang.care.api.check.CheckStatus;
import org.qunfang.care.api.figures.CareFigures;
import org.qunfang.care.api.figures.DailyFigures;
import org.qunfang.care.api.figures.FigureRow;
import org.qunfang.care.api.observation.ObservationStatus;
import org.qunfang.care.figures.control.FigureTable;
import org.qunfang.care.observation.control.CareReach;
import org.qunfang.care.observation.entity.HealthCheck;
import org.qunfang.care.observation.entity.Observation;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.time.Beijing;

/**
 * The daily figures, from nine grouped counts over the area's observations and that day's checks.
 * Counts only: the area's officers and report officers read them.
 */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.REPORT_OFFICER
})
public class FigureDesk implements CareFigures {

  // positions of the figures while they are gathered, in FigureRow's order
  private static final int PLACED_TODAY = 0;
  private static final int PLACED_TOTAL = 1;
  private static final int RELEASED_TODAY = 2;
  private static final int RELEASED_TOTAL = 3;
  private static final int OBSERVED = 4;
  private static final int ABNORMAL_TODAY = 5;
  private static final int TRANSFERRED_TODAY = 6;
  private static final int TRANSFERRED_TOTAL = 7;
  private static final int MISSED_TODAY = 8;

  @PersistenceContext(unitName = "care")
  EntityManager em;

  @Inject CareReach reach;

  @Inject DivisionDirectory divisions;

  @Override
  public DailyFigures daily(String area, LocalDate day) {
    DivisionCode within = reach.area(area);
    LocalDate on = day == null ? Beijing.today() : day;
    Instant from = Beijing.startOf(on);
    Instant until = Beijing.startOf(on.plusDays(1));
    Map<String, long[]> byCommunity = new HashMap<>();
    Map<String, Object> onDay = Map.of("day", on);
    Map<String, Object> today = Map.of("from", from, "until", until);
    Map<String, Object> byEnd = Map.of("until", until);
    Map<String, Object> stillOn = Map.of("day", on, "until", until);
    count(byCommunity, PLACED_TODAY, Observation.PLACED_ON, within, onDay);
    count(byCommunity, PLACED_TOTAL, Observation.PLACED_BY, within, onDay);
    count(byCommunity, RELEASED_TODAY, Observation.ENDED_BETWEEN, within, with(today, RELEASED));
    count(byCommunity, RELEASED_TOTAL, Observation.ENDED_BEFORE, within, with(byEnd, RELEASED));
    count(byCommunity, OBSERVED, Observation.OBSERVED_AT, within, stillOn);
    count(
        byCommunity,
        ABNORMAL_TODAY,
        HealthCheck.ABNORMAL_PEOPLE,
        within,
        Map.of("day", on, "abnormal", CheckStatus.ABNORMAL));
    count(
        byCommunity,
        TRANSFERRED_TODAY,
        Observation.ENDED_BETWEEN,
        within,
        with(today, TRANSFERRED));
    count(
        byCommunity, TRANSFERRED_TOTAL, Observation.ENDED_BEFORE, within, with(byEnd, TRANSFERRED));
    count(byCommunity, MISSED_TODAY, HealthCheck.MISSED, within, onDay);
    List<FigureRow> communities =
        byCommunity.entrySet().stream()
            .map(
                e -> {
                  long[] f = e.getValue();
                  return new FigureRow(
                      e.getKey(), "", f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
                })
            .toList();
    List<FigureRow> rows =
        FigureTable.rollUp(
            communities,
            FigureTable.childDigits(within.value()),
            code -> divisions.nameOf(code).orElse(code));
    String name = divisions.nameOf(within.value()).orElse(within.value());
    return new DailyFigures(
        within.value(), name, on, rows, FigureTable.total(rows, within.value(), name));
  }

  /** One grouped count into its place in every community's figures. */
  private void count(
      Map<String, long[]> figures,
      int at,
      String query,
      DivisionCode area,
      Map<String, Object> parameters) {
    var q =
        em.createNamedQuery(query, Object[].class)
            .setParameter("lo", area.value())
            .setParameter("hi", area.upperBound());
    parameters.forEach(q::setParameter);
    for (Object[] row : q.getResultList()) {
      figures.computeIfAbsent((String) row[0], c -> new long[9])[at] = number(row[1]);
    }
  }

  private static Map<String, Object> with(
      Map<String, Object> parameters, ObservationStatus status) {
    Map<String, Object> all = new HashMap<>(parameters);
    all.put("status", status);
    return all;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
