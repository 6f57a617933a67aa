package org.qunfang.hotline.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qunfang.access.api.Role;
import org.qunfang.hotline.api.report.HotlineReporting;
import org.qunfang.hotline.api.report.MonthlyFigures;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.api.kind.ReportBody;
import org.qunfang.reports.api.kind.ReportContent;
import org.qunfang.reports.api.kind.ReportKind;
import org.qunfang.reports.api.kind.ReportRows;

/**
 * 心理援助热线服务月报: a month's calls by line, channel, group, category and risk level, crisis
 * interventions, referrals, follow-ups and social-work person-times. No personal data.
 */
@ApplicationScoped
public class HotlineMonthlyReport implements ReportKind {

  @Inject HotlineReporting hotline;

  @Inject DivisionDirectory divisions;

  @Override
  public String kind() {
    return "hotline-monthly";
  }

  @Override
  public String title() {
    return "心理援助热线服务月报";
  }

  @Override
  public Set<Role> readers() {
    return Set.of(Role.REPORT_OFFICER, Role.HOTLINE_SUPERVISOR);
  }

  @Override
  public ReportContent content(ReportRequest request) {
    String area = divisions.get(request.area()).name();
    YearMonth month = request.monthOrLast();
    MonthlyFigures f = hotline.month(month);
    String intro =
        String.format(
            "现将%s%d年%d月心理援助热线服务情况报告如下：共接听来电%d人次，通话合计%d分钟；"
                + "高危及紧急来电%d人次，实施危机干预%d人次，24小时内完成督导复核%d人次；"
                + "转介%d人次，已接受%d人次；应随访%d人次，已完成%d人次。"
                + "社会工作者服务%d人次，其中线下%d人次、电话%d人次、网络%d人次。",
            area,
            month.getYear(),
            month.getMonthValue(),
            f.calls(),
            f.totalMinutes(),
            f.highOrImminent(),
            f.crisisInterventions(),
            f.reviewedInTime(),
            f.referrals(),
            f.referralsAccepted(),
            f.followUpsDue(),
            f.followUpsDone(),
            f.socialWorkTotal(),
            f.socialWorkOffline(),
            f.socialWorkPhone(),
            f.socialWorkOnline());
    List<Map<String, ?>> fields =
        f.breakdown().stream().<Map<String, ?>>map(ReportRows::of).toList();
    return new ReportContent(
        area + month.getYear() + "年" + month.getMonthValue() + "月" + title(),
        intro,
        new ReportBody("hotline/" + kind(), fields),
        Optional.empty());
  }
}
