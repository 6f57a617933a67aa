package org.qunfang.reports.api.kind;

import java.net.URL;
import java.util.Set;
import org.qunfang.access.api.Role;
import org.qunfang.reports.api.ReportRequest;

/**
 * One kind of formal report: a CDI bean in the core of the module whose records it reports, found
 * by the report service by its {@link #kind()} name. The service numbers, renders and archives; the
 * kind reads its module's data and lays out the content.
 */
public interface ReportKind {

  String kind();

  /** The report's name, as the list of kinds shows it. */
  String title();

  /**
   * Who may preview, issue and read this kind. Report officers by default; a kind that shows
   * confidential handling narrows it (its issued copies too).
   */
  default Set<Role> readers() {
    return Set.of(Role.REPORT_OFFICER);
  }

  /** Whether a request names the one record the report is about ({@code subject}). */
  default boolean aboutOneRecord() {
    return false;
  }

  /** Reads the data (within the caller's area) and lays out the content. */
  ReportContent content(ReportRequest request);

  /**
   * A body template of this kind, {@code /reports/<name>.jrxml} in the kind's own jar, named after
   * its module ({@code grid/checkpoint-settings}) so that templates of different modules never
   * collide; null when there is none.
   */
  default URL template(String name) {
    return getClass().getResource("/reports/" + name + ".jrxml");
  }
}
