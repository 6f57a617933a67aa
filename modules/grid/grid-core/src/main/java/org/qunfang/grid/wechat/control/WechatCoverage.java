package org.qunfang.grid.wechat.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qunfang.grid.api.AreaLevel;
import org.qunfang.grid.api.GridKind;
import org.qunfang.grid.api.wechat.CoverageRow;
import org.qunfang.grid.household.entity.Household;
import org.qunfang.grid.organisation.control.AreaRollup;
import org.qunfang.grid.organisation.control.GridReach;
import org.qunfang.grid.wechat.entity.WechatGroup;
import org.qunfang.kernel.area.DivisionCode;

/** Households reached by WeChat groups of all registered, rolled up the area. */
@Dependent
public class WechatCoverage {

  private static final int GROUPS = 0;
  private static final int COVERED = 1;
  private static final int TOTAL = 2;

  @Inject GridReach reach;

  @Inject AreaRollup rollup;

  /** One row per grid, community or township of the area, and a last total row. */
  public List<CoverageRow> rows(DivisionCode area, AreaLevel level) {
    Map<UUID, long[]> counts = new HashMap<>();
    AreaRollup.addUp(counts, rollup.perGrid(Household.PER_GRID, area), 3, TOTAL);
    AreaRollup.addUp(counts, rollup.perGrid(WechatGroup.PER_GRID, area), 3, GROUPS, COVERED);
    List<AreaRollup.Line> lines = rollup.roll(reach.grids(area, GridKind.SMALL), level, counts, 3);
    List<CoverageRow> rows = new ArrayList<>();
    lines.forEach(l -> rows.add(row(l.code(), l.name(), l.counts())));
    rows.add(row(area.value(), rollup.divisionName(area.value()), AreaRollup.total(lines, 3)));
    return rows;
  }

  private static CoverageRow row(String code, String name, long[] c) {
    return CoverageRow.of(code, name, c[GROUPS], c[COVERED], c[TOTAL]);
  }
}
