package org.qunfang.hotline.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qunfang.access.api.Role;
import org.qunfang.hotline.api.report.HighRiskCall;
import org.qunfang.hotline.api.report.HotlineReporting;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.api.kind.ReportBody;
import org.qunfang.reports.api.kind.ReportContent;
import org.qunfang.reports.api.kind.ReportKind;
import org.qunfang.reports.api.kind.ReportRows;

/** 高危来电处置情况: how each high or imminent call of a month was handled. Supervisors only. */
@ApplicationScoped
public class HighRiskCallsReport implements ReportKind {

  @Inject HotlineReporting hotline;

  @Inject DivisionDirectory divisions;

  @Override
  public String kind() {
    return "hotline-high-risk";
  }

  @Override
  public String title() {
    return "高危来电处置情况";
  }

  @Override
  public Set<Role> readers() {
    return Set.of(Role.HOTLINE_SUPERVISOR);
  }

  @Override
  public ReportContent content(ReportRequest request) {
    String area = divisions.get(request.area()).name();
    YearMonth month = request.monthOrLast();
    List<HighRiskCall> calls = hotline.highRisk(month);
    long reviewed = calls.stream().filter(c -> c.review().startsWith("已复核")).count();
    String intro =
        String.format(
            "现将%s%d年%d月心理援助热线高危及紧急来电处置情况报告如下：共%d人次，" + "其中24小时内完成督导复核%d人次。本表不含来电者个人信息。",
            area, month.getYear(), month.getMonthValue(), calls.size(), reviewed);
    List<Map<String, ?>> fields =
        calls.stream()
            .<Map<String, ?>>map(
                c -> {
                  Map<String, Object> row = ReportRows.of(c);
                  row.put("startedAt", Beijing.format(c.startedAt()));
                  return row;
                })
            .toList();
    return new ReportContent(
        area + month.getYear() + "年" + month.getMonthValue() + "月" + title(),
        intro,
        new ReportBody("hotline/" + kind(), fields),
        Optional.empty());
  }
}
