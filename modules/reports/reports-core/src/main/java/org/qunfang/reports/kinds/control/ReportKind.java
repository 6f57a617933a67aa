package org.qunfang.reports.kinds.control;

import org.qunfang.reports.api.ReportRequest;

/** One kind of formal report: a CDI bean, found by its {@link #kind()} name. */
public interface ReportKind {

  String kind();

  /** The report's name, as the list of kinds shows it. */
  String title();

  /** Reads the data (within the caller's area) and lays out the content. */
  ReportContent content(ReportRequest request);
}
