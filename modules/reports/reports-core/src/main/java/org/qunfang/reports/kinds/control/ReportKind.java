package org.qunfang.reports.kinds.control;

import java.util.Set;
import org.qunfang.access.api.Role;
import org.qunfang.reports.api.ReportRequest;

/** One kind of formal report: a CDI bean, found by its {@link #kind()} name. */
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

  /** Reads the data (within the caller's area) and lays out the content. */
  ReportContent content(ReportRequest request);
}
