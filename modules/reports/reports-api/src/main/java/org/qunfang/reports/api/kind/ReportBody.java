package org.qunfang.reports.api.kind;

import java.util.List;
import java.util.Map;

/**
 * A report's own part: its template (a body that fits the 442 pt text block) and its rows, one map
 * per row keyed by field name. An attachment (附件) is a body too, with a title.
 */
public record ReportBody(
    String template, List<Map<String, ?>> rows, Map<String, Object> parameters) {

  public ReportBody {
    rows = List.copyOf(rows);
    parameters = Map.copyOf(parameters);
  }

  public ReportBody(String template, List<Map<String, ?>> rows) {
    this(template, rows, Map.of());
  }

  public record Attachment(String title, ReportBody body) {}
}
