package org.qunfang.reports.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Generation in the background, so no request thread waits for a long report. Only the user who
 * started a job sees it, from any server node; finished jobs are kept for an hour, and one cut off
 * by a restart reads as interrupted.
 */
public interface ReportJobs {

  /** Checks the request now (kind, area, role), then queues it. */
  ReportJob start(@Valid @NotNull ReportRequest request, boolean issue);

  ReportJob status(@NotNull UUID id);

  /** The draft a finished preview job produced. */
  ReportPdf preview(@NotNull UUID id);
}
