package org.qunfang.grid.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qunfang.grid.api.ledger.GridLedgers;
import org.qunfang.grid.api.ledger.ScreeningRow;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.api.kind.ReportBody;
import org.qunfang.reports.api.kind.ReportContent;
import org.qunfang.reports.api.kind.ReportKind;
import org.qunfang.reports.api.kind.ReportRows;

/** 来(返)人员摸排情况表: arrivals by follow-up status and phone screening, per township. */
@ApplicationScoped
public class ArrivalScreeningLedger implements ReportKind {

  @Inject GridLedgers ledgers;

  @Inject DivisionDirectory divisions;

  @Override
  public String kind() {
    return "arrival-screening";
  }

  @Override
  public String title() {
    return "来(返)人员摸排情况表";
  }

  @Override
  public ReportContent content(ReportRequest request) {
    String area = divisions.get(request.area()).name();
    List<ScreeningRow> rows = ledgers.screening(request.area());
    ScreeningRow t = rows.get(rows.size() - 1);
    String intro =
        String.format(
            "现将%s来(返)人员摸排情况报告如下：共登记来(返)人员%d人，已建档%d人；其中待跟进%d人、"
                + "居家健康监测%d人、集中隔离%d人、已排查解除%d人、已离开%d人。"
                + "电话排查号码%d个，已拨打%d个，其中在本地%d个。",
            area,
            t.arrivals(),
            t.filed(),
            t.pending(),
            t.homeMonitoring(),
            t.centralIsolation(),
            t.cleared(),
            t.left(),
            t.phoneNumbers(),
            t.phoneCalled(),
            t.phoneInArea());
    List<Map<String, ?>> fields = rows.stream().<Map<String, ?>>map(ReportRows::of).toList();
    return new ReportContent(
        area + title(), intro, new ReportBody("grid/" + kind(), fields), Optional.empty());
  }
}
