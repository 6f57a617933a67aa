package org.qunfang.grid.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qunfang.grid.api.ledger.GridLedgers;
import org.qunfang.grid.api.ledger.OrganisationRow;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.api.kind.ReportBody;
import org.qunfang.reports.api.kind.ReportContent;
import org.qunfang.reports.api.kind.ReportKind;
import org.qunfang.reports.api.kind.ReportRows;

/** 网格化管理台账: per township its grids, grid staff, households, residents and WeChat reach. */
@ApplicationScoped
public class GridOrganisationLedger implements ReportKind {

  @Inject GridLedgers ledgers;

  @Inject DivisionDirectory divisions;

  @Override
  public String kind() {
    return "grid-organisation";
  }

  @Override
  public String title() {
    return "网格化管理台账";
  }

  @Override
  public ReportContent content(ReportRequest request) {
    List<OrganisationRow> rows = ledgers.organisation(request.area());
    OrganisationRow t = rows.get(rows.size() - 1);
    String area = divisions.get(request.area()).name();
    String intro =
        String.format(
            "现将%s网格化管理情况报告如下：共划分大网格%d个、小网格%d个，配备网格长%d名、网格员%d名，"
                + "登记住户%d户、居民%d人；建立网格微信群%d个，入群住户%d户，覆盖率%s。",
            area,
            t.bigGrids(),
            t.smallGrids(),
            t.leaders(),
            t.members(),
            t.households(),
            t.residents(),
            t.wechatGroups(),
            t.householdsCovered(),
            ReportRows.percent(t.coveragePercent()));
    List<Map<String, ?>> fields =
        rows.stream()
            .<Map<String, ?>>map(
                r -> {
                  Map<String, Object> row = ReportRows.of(r);
                  row.put("coverage", ReportRows.percent(r.coveragePercent()));
                  return row;
                })
            .toList();
    return new ReportContent(
        area + title(), intro, new ReportBody("grid/" + kind(), fields), Optional.empty());
  }
}
