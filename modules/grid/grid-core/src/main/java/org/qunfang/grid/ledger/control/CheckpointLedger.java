package org.qunfang.grid.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qunfang.grid.api.checkpoint.CheckpointKind;
import org.qunfang.grid.api.ledger.CheckpointRow;
import org.qunfang.grid.api.ledger.GridLedgers;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.api.kind.ReportBody;
import org.qunfang.reports.api.kind.ReportContent;
import org.qunfang.reports.api.kind.ReportKind;
import org.qunfang.reports.api.kind.ReportRows;

/** 卡点设置情况表: every checkpoint, how it is run, and its last seven days at the gate. */
@ApplicationScoped
public class CheckpointLedger implements ReportKind {

  @Inject GridLedgers ledgers;

  @Inject DivisionDirectory divisions;

  @Override
  public String kind() {
    return "checkpoint-settings";
  }

  @Override
  public String title() {
    return "卡点设置情况表";
  }

  @Override
  public ReportContent content(ReportRequest request) {
    String area = divisions.get(request.area()).name();
    List<CheckpointRow> checkpoints = ledgers.checkpoints(request.area());
    Map<CheckpointKind, Long> byKind = new LinkedHashMap<>();
    for (CheckpointKind kind : CheckpointKind.values()) {
      byKind.put(kind, checkpoints.stream().filter(c -> c.kind() == kind).count());
    }
    long active = checkpoints.stream().filter(CheckpointRow::active).count();
    long roundTheClock = checkpoints.stream().filter(c -> c.hours().equals("24小时")).count();
    long closed = checkpoints.stream().filter(CheckpointRow::closedManagement).count();
    String intro =
        String.format(
            "现将%s卡点设置情况报告如下：共设卡点%d个（村口%d个、社口%d个、道口%d个、小区口%d个），" + "在用%d个，其中24小时值守%d个，实行封闭管理%d个。",
            area,
            checkpoints.size(),
            byKind.get(CheckpointKind.VILLAGE_GATE),
            byKind.get(CheckpointKind.COMMUNITY_GATE),
            byKind.get(CheckpointKind.ROAD),
            byKind.get(CheckpointKind.COMPOUND_GATE),
            active,
            roundTheClock,
            closed);
    List<Map<String, ?>> rows =
        checkpoints.stream()
            .<Map<String, ?>>map(
                c -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("township", c.townshipName());
                  row.put("name", c.name());
                  row.put("kind", LedgerRows.label(c.kind()));
                  row.put("location", c.location());
                  row.put("hours", c.hours());
                  row.put("closed", ReportRows.yesNo(c.closedManagement()));
                  row.put("active", c.active() ? "在用" : "撤除");
                  row.put("week", c.passagesWeek() + "/" + c.flaggedWeek());
                  return row;
                })
            .toList();
    return new ReportContent(
        area + title(), intro, new ReportBody("grid/" + kind(), rows), Optional.empty());
  }
}
