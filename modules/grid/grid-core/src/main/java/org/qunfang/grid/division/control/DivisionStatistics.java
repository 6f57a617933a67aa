package org.qunfang.grid.division.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qunfang.kernel.area.DivisionLevel;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.division.DivisionNode;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.api.kind.ReportBody;
import org.qunfang.reports.api.kind.ReportContent;
import org.qunfang.reports.api.kind.ReportKind;

/**
 * 行政区划统计表: each township of the area with its communities (社区/居委会) and villages (村委会), from the
 * division tree.
 */
@ApplicationScoped
public class DivisionStatistics implements ReportKind {

  public static final String KIND = "division-statistics";

  @Inject DivisionDirectory divisions;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String title() {
    return "行政区划统计表";
  }

  @Override
  public ReportContent content(ReportRequest request) {
    DivisionNode area = divisions.tree(request.area(), 2);
    List<DivisionNode> townships =
        area.division().level() == DivisionLevel.TOWNSHIP ? List.of(area) : area.children();
    List<Map<String, ?>> rows = new ArrayList<>();
    townships.forEach(township -> rows.add(row(township)));
    int communities = rows.stream().mapToInt(r -> (Integer) r.get("communities")).sum();
    int villages = rows.stream().mapToInt(r -> (Integer) r.get("villages")).sum();
    String intro =
        "现将"
            + area.division().name()
            + "行政区划设置情况报告如下：共有乡镇（街道）"
            + townships.size()
            + "个，社区"
            + communities
            + "个，村"
            + villages
            + "个。";
    return new ReportContent(
        area.division().name() + title(),
        intro,
        new ReportBody("grid/division-statistics", rows),
        Optional.empty());
  }

  private static Map<String, Object> row(DivisionNode township) {
    long communities =
        township.children().stream().filter(c -> isCommunity(c.division().name())).count();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("township", township.division().name());
    row.put("code", township.division().code());
    row.put("communities", (int) communities);
    row.put("villages", township.children().size() - (int) communities);
    return row;
  }

  /** Urban residents' committees (社区居民委员会) are communities; the rest are villages. */
  static boolean isCommunity(String name) {
    return name.contains("社区") || name.endsWith("居民委员会") || name.endsWith("居委会");
  }
}
