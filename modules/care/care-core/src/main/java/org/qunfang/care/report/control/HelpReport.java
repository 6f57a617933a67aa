package org.qunfang.care.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qunfang.access.api.Role;
import org.qunfang.care.api.help.HelpFigures;
import org.qunfang.care.api.help.HelpKind;
import org.qunfang.care.api.help.HelpRequests;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.api.kind.ReportBody;
import org.qunfang.reports.api.kind.ReportContent;
import org.qunfang.reports.api.kind.ReportKind;

/**
 * 后勤保障服务情况统计表: families helped and times, by kind, per community or township, for a month (the last
 * full one when none is named) — as Mawei wrote it ("帮助339户家庭2800余次").
 */
@ApplicationScoped
public class HelpReport implements ReportKind {

  @Inject HelpRequests help;

  @Override
  public String kind() {
    return "care-help";
  }

  @Override
  public String title() {
    return "后勤保障服务情况统计表";
  }

  @Override
  public Set<Role> readers() {
    return CareReaders.NOTICES;
  }

  @Override
  public ReportContent content(ReportRequest request) {
    YearMonth month = request.monthOrLast();
    HelpFigures figures = help.figures(request.area(), month.atDay(1), month.atEndOfMonth());
    HelpFigures.Row t = figures.total();
    String intro =
        String.format(
            "%d年%d月，%s后勤保障人员为居家观察人员和独居老人等困难群众提供代购生活物资、代购药品、复印学习资料、"
                + "垃圾清运、就医协助等服务，共帮助%d户家庭%d次。各地情况见下表。",
            month.getYear(), month.getMonthValue(), figures.areaName(), t.families(), t.times());
    List<Map<String, ?>> rows = new ArrayList<>();
    figures.rows().forEach(r -> rows.add(row(r, r.name())));
    rows.add(row(t, "合计"));
    return new ReportContent(
        title() + "（" + month.getYear() + "年" + month.getMonthValue() + "月）",
        intro,
        new ReportBody("care/care-help", rows),
        Optional.empty());
  }

  private static Map<String, ?> row(HelpFigures.Row r, String name) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", name);
    row.put("families", r.families());
    row.put("times", r.times());
    row.put("groceries", r.byKind().getOrDefault(HelpKind.GROCERIES, 0L));
    row.put("medicine", r.byKind().getOrDefault(HelpKind.MEDICINE, 0L));
    row.put("printing", r.byKind().getOrDefault(HelpKind.PRINTING, 0L));
    row.put("waste", r.byKind().getOrDefault(HelpKind.WASTE, 0L));
    row.put("escort", r.byKind().getOrDefault(HelpKind.MEDICAL_ESCORT, 0L));
    row.put("other", r.byKind().getOrDefault(HelpKind.OTHER, 0L));
    return row;
  }
}
