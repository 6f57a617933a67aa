package org.qunfang.reports.jobs.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.kernel.job.JobBoard;
import org.qunfang.kernel.job.JobProgress;
import org.qunfang.kernel.job.JobStatus;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.reports.api.ReportJob;
import org.qunfang.reports.api.ReportJobs;
import org.qunfang.reports.api.ReportPdf;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.archive.boundary.Reports;
import org.qunfang.reports.archive.control.Progress;
import org.qunfang.reports.archive.control.ReportTexts;

/** Starts reports on the job board, as the caller, and answers how far they have got. */
@Stateless
@RolesAllowed({
  Role.Names.REPORT_OFFICER,
  Role.Names.HOTLINE_SUPERVISOR,
  Role.Names.DISPATCHER,
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER
})
public class BackgroundReports implements ReportJobs {

  static final String ISSUE = "report-issue";
  static final String PREVIEW = "report-preview";

  /** What a finished job leaves: the archive entry it issued, or the draft it previewed. */
  public record Outcome(UUID issuedReport, ReportPdf preview) {}

  @Inject JobBoard board;

  @Inject Reports reports;

  @Override
  public ReportJob start(ReportRequest request, boolean issue) {
    reports.check(request);
    JobStatus job =
        board.start(
            issue ? ISSUE : PREVIEW,
            request.kind() + "@" + request.area(),
            Locale.SIMPLIFIED_CHINESE,
            progress ->
                issue
                    ? new Outcome(reports.issue(request, rows(progress)).id(), null)
                    : new Outcome(null, reports.preview(request, rows(progress))));
    return view(job, issue, null);
  }

  @Override
  public ReportJob status(UUID id) {
    JobStatus job =
        board
            .find(id, Set.of(ISSUE, PREVIEW))
            .orElseThrow(() -> new NotFound(ReportTexts.of("report.jobNotFound")));
    if (!job.kind().equals(ISSUE)) {
      return view(job, false, null); // a preview's result is its PDF: read only when fetched
    }
    return view(job, true, board.result(id, ISSUE, Outcome.class).orElse(null));
  }

  @Override
  public ReportPdf preview(UUID id) {
    if (board.find(id, PREVIEW).isEmpty()) {
      throw new NotFound(ReportTexts.of("report.jobNotFound"));
    }
    return board
        .result(id, PREVIEW, Outcome.class)
        .map(Outcome::preview)
        .orElseThrow(() -> new Conflict(ReportTexts.of("report.jobNotReady")));
  }

  private static Progress rows(JobProgress progress) {
    return new Progress() {
      @Override
      public void total(int rows) {
        progress.total(rows);
      }

      @Override
      public void done(int rows) {
        progress.done(rows);
      }
    };
  }

  private static ReportJob view(JobStatus job, boolean issue, Outcome outcome) {
    int at = job.subject().lastIndexOf('@');
    return new ReportJob(
        job.id(),
        job.subject().substring(0, at),
        job.subject().substring(at + 1),
        issue,
        ReportJob.State.valueOf(job.state().name()),
        job.done(),
        job.total(),
        job.failure(),
        outcome == null ? null : outcome.issuedReport());
  }
}
