package org.qunfang.care.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qunfang.access.api.Role;
import org.qunfang.care.api.figures.CareFigures;
import org.qunfang.care.api.figures.DailyFigures;
import org.qunfang.care.api.figures.FigureRow;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.api.kind.ReportBody;
import org.qunfang.reports.api.kind.ReportContent;
import org.qunfang.reports.api.kind.ReportKind;
import org.qunfang.reports.api.kind.ReportRows;

/**
 * 居家医学观察人员情况日报: the NHC daily figures of an area for a day ({@code from}; today when absent), a row
 * per community or township and the total, opened by the sentence the districts wrote
 * ("截至…，累计追踪…人，当日解除…人，尚在观察…人").
 */
@ApplicationScoped
public class DailyReport implements ReportKind {

  @Inject CareFigures figures;

  @Override
  public String kind() {
    return "care-daily";
  }

  @Override
  public String title() {
    return "居家医学观察人员情况日报";
  }

  @Override
  public Set<Role> readers() {
    return CareReaders.NOTICES;
  }

  @Override
  public ReportContent content(ReportRequest request) {
    LocalDate day = request.from() == null ? Beijing.today() : request.from();
    DailyFigures daily = figures.daily(request.area(), day);
    FigureRow t = daily.total();
    String intro =
        String.format(
            "截至%s24时，%s累计追踪居家医学观察人员%d人，当日新增%d人；当日解除%d人，累计解除%d人；"
                + "尚在观察%d人。当日体温或症状异常%d人，当日转运%d人（累计%d人），当日漏检%d人次。",
            NoticeFacts.chinese(day),
            daily.areaName(),
            t.placedTotal(),
            t.placedToday(),
            t.releasedToday(),
            t.releasedTotal(),
            t.observed(),
            t.abnormalToday(),
            t.transferredToday(),
            t.transferredTotal(),
            t.missedToday());
    List<Map<String, ?>> rows = new ArrayList<>();
    daily.rows().forEach(r -> rows.add(ReportRows.of(r)));
    rows.add(
        ReportRows.of(
            new FigureRow(
                t.code(),
                "合计",
                t.placedToday(),
                t.placedTotal(),
                t.releasedToday(),
                t.releasedTotal(),
                t.observed(),
                t.abnormalToday(),
                t.transferredToday(),
                t.transferredTotal(),
                t.missedToday())));
    return new ReportContent(
        title() + "（" + NoticeFacts.chinese(day) + "）",
        intro,
        new ReportBody("care/care-daily", rows),
        Optional.empty());
  }
}
