package org.qunfang.reports.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * Formal reports. Report officers issue; everyone who may read reports sees the archive of their
 * area. A preview is marked 草稿, takes no number and is not archived.
 */
public interface FormalReports {

  List<ReportKindView> kinds();

  ReportPdf preview(@Valid @NotNull ReportRequest request);

  /** Renders, numbers and archives in one transaction: a failure consumes no number. */
  IssuedReport issue(@Valid @NotNull ReportRequest request);

  List<IssuedReport> archive(String kind, String documentNumber, int limit);

  IssuedReport get(@NotNull UUID id);

  /** The archived bytes, checked against their SHA-256 before they leave. */
  ReportPdf download(@NotNull UUID id);
}
