package org.qunfang.grid.ledger.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.grid.api.AreaLevel;
import org.qunfang.grid.api.GridKind;
import org.qunfang.grid.api.StaffRole;
import org.qunfang.grid.api.ledger.CheckpointRow;
import org.qunfang.grid.api.ledger.Dashboard;
import org.qunfang.grid.api.ledger.GridLedgers;
import org.qunfang.grid.api.ledger.OrganisationRow;
import org.qunfang.grid.api.ledger.ScreeningRow;
import org.qunfang.grid.api.screening.FollowUp;
import org.qunfang.grid.api.screening.PhoneOutcome;
import org.qunfang.grid.api.sweep.SweepProgress;
import org.qunfang.grid.checkpoint.control.DailyCounts;
import org.qunfang.grid.checkpoint.entity.Checkpoint;
import org.qunfang.grid.checkpoint.entity.Passage;
import org.qunfang.grid.household.entity.Household;
import org.qunfang.grid.household.entity.Resident;
import org.qunfang.grid.ledger.control.DashboardPeriod;
import org.qunfang.grid.organisation.control.AreaRollup;
import org.qunfang.grid.organisation.control.GridReach;
import org.qunfang.grid.organisation.entity.Grid;
import org.qunfang.grid.screening.entity.Arrival;
import org.qunfang.grid.screening.entity.PhoneCheck;
import org.qunfang.grid.sweep.control.SweepTally;
import org.qunfang.grid.wechat.entity.WechatGroup;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.time.Beijing;

/** Figures per township for the four grid ledgers and the dashboard; each a few grouped queries. */
@Stateless
@RolesAllowed({
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.REPORT_OFFICER
})
public class Ledgers implements GridLedgers {

  private static final String TOTAL = "合计";

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject GridReach reach;

  @Inject AreaRollup rollup;

  @Inject SweepTally sweeps;

  @Override
  public List<OrganisationRow> organisation(String area) {
    return organisation(reach.area(area), AreaLevel.TOWNSHIP);
  }

  /** The organisation counts of {@code within} per part at {@code level}, then their total. */
  private List<OrganisationRow> organisation(DivisionCode within, AreaLevel level) {
    List<Grid> grids = reach.grids(within, null);
    Map<UUID, long[]> counts = new HashMap<>();
    for (Grid grid : grids) {
      counts.put(grid.getId(), new long[8]);
      counts.get(grid.getId())[grid.getKind() == GridKind.BIG ? 0 : 1] = 1;
    }
    if (!grids.isEmpty()) {
      for (Object[] row :
          em.createQuery(
                  "select a.gridId, a.role, count(a) from Assignment a"
                      + " where a.until is null and a.gridId in :grids group by a.gridId, a.role",
                  Object[].class)
              .setParameter("grids", grids.stream().map(Grid::getId).toList())
              .getResultList()) {
        counts.get((UUID) row[0])[row[1] == StaffRole.LEADER ? 2 : 3] += (Long) row[2];
      }
    }
    AreaRollup.addUp(counts, rollup.perGrid(Household.PER_GRID, within), 8, 4);
    AreaRollup.addUp(counts, rollup.perGrid(Resident.PER_GRID, within), 8, 5);
    AreaRollup.addUp(counts, rollup.perGrid(WechatGroup.PER_GRID, within), 8, 6, 7);
    List<AreaRollup.Line> lines = rollup.roll(grids, level, counts, 8);
    List<OrganisationRow> rows = new ArrayList<>();
    lines.forEach(l -> rows.add(organisation(l.code(), l.name(), l.counts())));
    rows.add(organisation(within.value(), TOTAL, AreaRollup.total(lines, 8)));
    return rows;
  }

  @Override
  public Optional<SweepProgress> latestSweep(String area) {
    DivisionCode within = reach.area(area);
    return sweeps.touching(within).stream()
        .findFirst()
        .map(sweep -> sweeps.progress(sweep, within, SweepTally.levelBelow(within)));
  }

  @Override
  public List<CheckpointRow> checkpoints(String area) {
    DivisionCode within = reach.area(area);
    LocalDate today = Beijing.today();
    Map<UUID, long[]> week = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(Passage.PER_CHECKPOINT, Object[].class)
            .setParameter("lo", within.value())
            .setParameter("hi", within.upperBound())
            .setParameter("from", today.minusDays(6))
            .setParameter("to", today)
            .getResultList()) {
      long[] count = week.computeIfAbsent((UUID) row[0], id -> new long[2]);
      count[0] += (Long) row[2];
      count[1] += Boolean.TRUE.equals(row[1]) ? (Long) row[2] : 0;
    }
    Map<String, String> townships = new HashMap<>();
    List<CheckpointRow> rows = new ArrayList<>();
    for (Checkpoint c :
        em.createNamedQuery(Checkpoint.IN_AREA, Checkpoint.class)
            .setParameter("lo", within.value())
            .setParameter("hi", within.upperBound())
            .getResultList()) {
      Optional<Grid> grid = reach.find(c.getGridId());
      if (grid.isEmpty()) {
        continue;
      }
      long[] count = week.getOrDefault(c.getId(), new long[2]);
      rows.add(
          new CheckpointRow(
              townships.computeIfAbsent(c.getDivisionCode().substring(0, 9), rollup::divisionName),
              grid.get().getCode(),
              c.getName(),
              c.getKind(),
              c.getLocation(),
              c.hours(),
              c.isClosedManagement(),
              c.isActive(),
              count[0],
              count[1]));
    }
    return rows;
  }

  @Override
  public List<ScreeningRow> screening(String area) {
    DivisionCode within = reach.area(area);
    List<Grid> grids = reach.grids(within, GridKind.SMALL);
    Map<UUID, long[]> counts = new HashMap<>();
    for (Object[] row : rollup.perGrid(Arrival.PER_GRID, within)) {
      long[] count = counts.computeIfAbsent((UUID) row[0], id -> new long[10]);
      long arrivals = (Long) row[2];
      count[0] += arrivals;
      count[2 + ((FollowUp) row[1]).ordinal()] += arrivals;
    }
    AreaRollup.addUp(counts, rollup.perGrid(Arrival.FILED_PER_GRID, within), 10, 1);
    List<AreaRollup.Line> lines = rollup.roll(grids, AreaLevel.TOWNSHIP, counts, 10);
    Map<String, long[]> phones = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(PhoneCheck.OUTCOMES_IN_AREA, Object[].class)
            .setParameter("lo", within.value())
            .setParameter("hi", within.upperBound())
            .getResultList()) {
      long[] count = phones.computeIfAbsent(((String) row[0]).substring(0, 9), k -> new long[3]);
      long numbers = (Long) row[2];
      count[0] += numbers;
      count[1] += row[1] == null ? 0 : numbers;
      count[2] += row[1] == PhoneOutcome.IN_AREA ? numbers : 0;
    }
    List<ScreeningRow> rows = new ArrayList<>();
    long[] total = new long[10];
    for (AreaRollup.Line line : lines) {
      long[] c = line.counts();
      long[] p = phones.getOrDefault(line.code(), new long[3]);
      System.arraycopy(p, 0, c, 7, 3);
      rows.add(screening(line.code(), line.name(), c));
      for (int i = 0; i < 10; i++) {
        total[i] += c[i];
      }
    }
    rows.add(screening(within.value(), TOTAL, total));
    return rows;
  }

  @Override
  public Dashboard dashboard(String area) {
    LocalDate today = Beijing.today();
    return dashboard(area, today.minusDays(13), today);
  }

  @Override
  public Dashboard dashboard(String area, LocalDate from, LocalDate until) {
    DivisionCode within = reach.area(area);
    DashboardPeriod.requireSound(from, until);
    List<OrganisationRow> organisation = organisation(within, SweepTally.levelBelow(within));
    List<ScreeningRow> screening = screening(area);
    long active =
        em.createNamedQuery(Checkpoint.IN_AREA, Checkpoint.class)
            .setParameter("lo", within.value())
            .setParameter("hi", within.upperBound())
            .getResultStream()
            .filter(Checkpoint::isActive)
            .count();
    List<Object[]> passages =
        em.createNamedQuery(Passage.DAILY_IN_AREA, Object[].class)
            .setParameter("lo", within.value())
            .setParameter("hi", within.upperBound())
            .setParameter("from", from)
            .setParameter("to", until)
            .getResultList();
    return new Dashboard(
        within.value(),
        rollup.divisionName(within.value()),
        organisation.get(organisation.size() - 1),
        organisation.subList(0, organisation.size() - 1),
        screening.get(screening.size() - 1),
        active,
        latestSweep(area),
        DailyCounts.of(passages, from, until));
  }

  private static OrganisationRow organisation(String code, String name, long[] c) {
    double coverage = c[4] == 0 ? 0 : Math.round(c[7] * 1000.0 / c[4]) / 10.0;
    return new OrganisationRow(
        code, name, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], coverage);
  }

  private static ScreeningRow screening(String code, String name, long[] c) {
    return new ScreeningRow(code, name, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
  }
}
