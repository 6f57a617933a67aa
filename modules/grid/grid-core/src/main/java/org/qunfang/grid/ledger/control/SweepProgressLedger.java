package org.qunfang.grid.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qunfang.grid.api.ledger.GridLedgers;
import org.qunfang.grid.api.sweep.ProgressRow;
import org.qunfang.grid.api.sweep.SweepProgress;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.api.kind.ReportBody;
import org.qunfang.reports.api.kind.ReportContent;
import org.qunfang.reports.api.kind.ReportKind;
import org.qunfang.reports.api.kind.ReportRows;

/** 扫楼工作进度表: the latest sweep's households visited of all, and people recorded, by part. */
@ApplicationScoped
public class SweepProgressLedger implements ReportKind {

  @Inject GridLedgers ledgers;

  @Inject DivisionDirectory divisions;

  @Override
  public String kind() {
    return "sweep-progress";
  }

  @Override
  public String title() {
    return "扫楼工作进度表";
  }

  @Override
  public ReportContent content(ReportRequest request) {
    String area = divisions.get(request.area()).name();
    Optional<SweepProgress> latest = ledgers.latestSweep(request.area());
    List<Map<String, ?>> rows = new ArrayList<>();
    String intro;
    if (latest.isEmpty()) {
      intro = "截至目前，" + area + "尚未开展扫楼行动。";
    } else {
      SweepProgress progress = latest.get();
      progress.rows().forEach(r -> rows.add(row(r)));
      ProgressRow t = progress.total();
      rows.add(
          row(
              new ProgressRow(
                  t.code(),
                  "合计",
                  t.householdsVisited(),
                  t.householdsTotal(),
                  t.personsRecorded(),
                  t.visitedPercent())));
      intro =
          String.format(
              "%s扫楼行动“%s”（%s至%s）进展如下：应走访住户%d户，已走访%d户，走访率%s，登记人员%d人。",
              area,
              progress.sweep().name(),
              progress.sweep().startDate(),
              progress.sweep().endDate(),
              t.householdsTotal(),
              t.householdsVisited(),
              ReportRows.percent(t.visitedPercent()),
              t.personsRecorded());
    }
    return new ReportContent(
        area + title(), intro, new ReportBody("grid/" + kind(), rows), Optional.empty());
  }

  private static Map<String, ?> row(ProgressRow r) {
    Map<String, Object> row = ReportRows.of(r);
    row.put("visited", ReportRows.percent(r.visitedPercent()));
    return row;
  }
}
