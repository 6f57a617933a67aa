package org.qunfang.dispatch.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.report.DispatchReporting;
import org.qunfang.dispatch.api.report.RosterRow;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.api.kind.ReportBody;
import org.qunfang.reports.api.kind.ReportContent;
import org.qunfang.reports.api.kind.ReportKind;
import org.qunfang.reports.api.kind.ReportRows;

/**
 * 卡点值守排班表: a week's roster of an area as the formal report's attachment (附件), every shift with its
 * people and each empty place marked. The week starts on the day given, or next Monday.
 */
@ApplicationScoped
public class RosterWeekReport implements ReportKind {

  @Inject DispatchReporting reporting;

  @Inject DivisionDirectory divisions;

  @Override
  public String kind() {
    return "dispatch-roster-week";
  }

  @Override
  public String title() {
    return "卡点值守排班表";
  }

  @Override
  public Set<Role> readers() {
    return Set.of(Role.REPORT_OFFICER, Role.DISPATCHER);
  }

  /** The week day by day: shifts, places to fill, places filled, places empty, and in all. */
  static List<Map<String, ?>> days(List<RosterRow> rows) {
    Map<String, long[]> byDay = new LinkedHashMap<>();
    for (RosterRow row : rows) {
      long[] day = byDay.computeIfAbsent(row.day(), d -> new long[3]);
      day[0]++;
      day[1] += row.places();
      day[2] += row.empty();
    }
    long[] all = new long[3];
    List<Map<String, ?>> days = new ArrayList<>();
    byDay.forEach(
        (day, n) -> {
          days.add(line(day, n));
          for (int i = 0; i < 3; i++) {
            all[i] += n[i];
          }
        });
    days.add(line("合计", all));
    return days;
  }

  private static Map<String, ?> line(String day, long[] n) {
    return Map.of("day", day, "shifts", n[0], "places", n[1], "filled", n[1] - n[2], "empty", n[2]);
  }

  @Override
  public ReportContent content(ReportRequest request) {
    String area = divisions.get(request.area()).name();
    LocalDate from =
        request.from() != null
            ? request.from()
            : Beijing.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    List<RosterRow> rows = reporting.rosterWeek(request.area(), from);
    long gaps = rows.stream().mapToLong(RosterRow::empty).sum();
    String intro =
        String.format(
            "现将%s%s至%s卡点值守排班情况报送如下：共%d个班次，%s。排班表见附件。",
            area,
            from,
            from.plusDays(6),
            rows.size(),
            gaps == 0 ? "各班次人员均已落实" : "尚有" + gaps + "个空缺（附件中标注“缺”），正在调配");
    List<Map<String, ?>> fields = rows.stream().<Map<String, ?>>map(ReportRows::of).toList();
    return new ReportContent(
        area + title(),
        intro,
        new ReportBody("dispatch/dispatch-roster-days", days(rows)),
        Optional.of(
            new ReportBody.Attachment(
                area + from + "至" + from.plusDays(6) + title(),
                new ReportBody("dispatch/" + kind(), fields))));
  }
}
