package org.qunfang.dispatch.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.report.DeploymentRow;
import org.qunfang.dispatch.api.report.DispatchReporting;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.api.kind.ReportBody;
import org.qunfang.reports.api.kind.ReportContent;
import org.qunfang.reports.api.kind.ReportKind;
import org.qunfang.reports.api.kind.ReportRows;

/**
 * 党员干部下沉一线情况统计表: per township, the temporary committees and branches, the party members, cadres and
 * their units, volunteers, people on duty now and the month's hours served.
 */
@ApplicationScoped
public class DeploymentReport implements ReportKind {

  @Inject DispatchReporting reporting;

  @Inject DivisionDirectory divisions;

  @Override
  public String kind() {
    return "dispatch-deployment";
  }

  @Override
  public String title() {
    return "党员干部下沉一线情况统计表";
  }

  @Override
  public Set<Role> readers() {
    return Set.of(Role.REPORT_OFFICER, Role.DISPATCHER);
  }

  @Override
  public ReportContent content(ReportRequest request) {
    String area = divisions.get(request.area()).name();
    YearMonth month = request.monthOrLast();
    List<DeploymentRow> rows = reporting.deployment(request.area(), month);
    DeploymentRow total = rows.get(rows.size() - 1);
    String intro =
        String.format(
            "现将%s党员干部下沉一线情况报告如下：截至目前，共成立临时党委%d个、临时党支部%d个；"
                + "登记党员%d名、下沉干部%d名（来自%d个单位）、志愿者%d名；当前在岗%d人；"
                + "%d年%d月累计服务%s小时。",
            area,
            total.committees(),
            total.branches(),
            total.partyMembers(),
            total.cadres(),
            total.units(),
            total.volunteers(),
            total.onDuty(),
            month.getYear(),
            month.getMonthValue(),
            total.hours());
    List<Map<String, ?>> fields = rows.stream().<Map<String, ?>>map(ReportRows::of).toList();
    return new ReportContent(
        area + title(), intro, new ReportBody("dispatch/" + kind(), fields), Optional.empty());
  }
}
