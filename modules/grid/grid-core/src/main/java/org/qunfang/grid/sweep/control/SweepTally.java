package org.qunfang.grid.sweep.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qunfang.grid.api.AreaLevel;
import org.qunfang.grid.api.GridKind;
import org.qunfang.grid.api.sweep.ProgressRow;
import org.qunfang.grid.api.sweep.SweepProgress;
import org.qunfang.grid.api.sweep.SweepView;
import org.qunfang.grid.household.entity.Household;
import org.qunfang.grid.organisation.control.AreaRollup;
import org.qunfang.grid.organisation.control.GridReach;
import org.qunfang.grid.sweep.entity.Sweep;
import org.qunfang.grid.sweep.entity.SweepVisit;
import org.qunfang.kernel.area.DivisionCode;

/** Which campaigns an area takes part in, and how far each has got there. */
@Dependent
public class SweepTally {

  private static final int VISITED = 0;
  private static final int TOTAL = 1;
  private static final int PERSONS = 2;

  @PersistenceContext(unitName = "grid")
  EntityManager em;

  @Inject GridReach reach;

  @Inject AreaRollup rollup;

  /**
   * Campaigns within the area or over one of its ancestors (a district-wide campaign), newest
   * first.
   */
  public List<Sweep> touching(DivisionCode area) {
    List<String> above = new ArrayList<>(List.of("-"));
    for (Optional<DivisionCode> up = area.parent(); up.isPresent(); up = up.get().parent()) {
      above.add(up.get().value());
    }
    return em.createNamedQuery(Sweep.TOUCHING, Sweep.class)
        .setParameter("lo", area.value())
        .setParameter("hi", area.upperBound())
        .setParameter("above", above)
        .getResultList();
  }

  /** The part of a campaign that lies in {@code area}: the smaller of the two. */
  public static DivisionCode overlap(Sweep sweep, DivisionCode area) {
    DivisionCode campaign = DivisionCode.of(sweep.getDivisionCode());
    return campaign.contains(area) ? area : campaign;
  }

  public static boolean touches(Sweep sweep, DivisionCode area) {
    DivisionCode campaign = DivisionCode.of(sweep.getDivisionCode());
    return campaign.contains(area) || area.contains(campaign);
  }

  /** The level an area's progress is shown by: the parts one level below it. */
  public static AreaLevel levelBelow(DivisionCode area) {
    return switch (area.level()) {
      case VILLAGE -> AreaLevel.GRID;
      case TOWNSHIP -> AreaLevel.COMMUNITY;
      default -> AreaLevel.TOWNSHIP;
    };
  }

  /** Households visited of all, and people recorded, in the campaign's part of {@code area}. */
  public SweepProgress progress(Sweep sweep, DivisionCode area, AreaLevel level) {
    DivisionCode part = overlap(sweep, area);
    Map<UUID, long[]> counts = new HashMap<>();
    AreaRollup.addUp(counts, rollup.perGrid(Household.PER_GRID, part), 3, TOTAL);
    AreaRollup.addUp(
        counts,
        em.createNamedQuery(SweepVisit.PER_GRID, Object[].class)
            .setParameter("sweep", sweep.getId())
            .getResultList(),
        3,
        VISITED,
        PERSONS);
    List<AreaRollup.Line> lines = rollup.roll(reach.grids(part, GridKind.SMALL), level, counts, 3);
    long[] total = AreaRollup.total(lines, 3);
    return new SweepProgress(
        view(sweep),
        level,
        lines.stream().map(l -> row(l.code(), l.name(), l.counts())).toList(),
        row(part.value(), rollup.divisionName(part.value()), total));
  }

  public SweepView view(Sweep s) {
    return new SweepView(
        s.getId(),
        s.getName(),
        s.getDivisionCode(),
        rollup.divisionName(s.getDivisionCode()),
        s.getStartDate(),
        s.getEndDate(),
        s.getCreatedBy());
  }

  private static ProgressRow row(String code, String name, long[] c) {
    return ProgressRow.of(code, name, c[VISITED], c[TOTAL], c[PERSONS]);
  }
}
