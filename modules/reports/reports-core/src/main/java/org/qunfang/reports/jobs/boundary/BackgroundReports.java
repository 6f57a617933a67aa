package org.qunfang.reports.jobs.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.reports.api.ReportJob;
import org.qunfang.reports.api.ReportJobs;
import org.qunfang.reports.api.ReportPdf;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.archive.boundary.Reports;
import org.qunfang.reports.archive.control.ReportTexts;
import org.qunfang.reports.jobs.control.JobBoard;

/**
 * Starts reports on the managed executor (which carries the caller's identity to the worker, so the
 * job runs with exactly the starter's roles and area) and answers how far they have got.
 */
@Stateless
@RolesAllowed({Role.Names.REPORT_OFFICER, Role.Names.HOTLINE_SUPERVISOR})
public class BackgroundReports implements ReportJobs {

  private static final Logger LOG = Logger.getLogger(BackgroundReports.class.getName());

  @Resource ManagedExecutorService executor;

  @Inject JobBoard board;

  @Inject Reports reports;

  @Inject CurrentCaller caller;

  @Override
  public ReportJob start(ReportRequest request, boolean issue) {
    reports.check(request);
    JobBoard.Entry job = board.open(caller.profile().username(), request, issue);
    executor.submit(() -> run(job));
    return job.view();
  }

  @Override
  public ReportJob status(UUID id) {
    return mine(id).view();
  }

  @Override
  public ReportPdf preview(UUID id) {
    return mine(id)
        .previewPdf()
        .orElseThrow(() -> new Conflict(ReportTexts.of("report.jobNotReady")));
  }

  private JobBoard.Entry mine(UUID id) {
    return board
        .find(id, caller.profile().username())
        .orElseThrow(() -> new NotFound(ReportTexts.of("report.jobNotFound")));
  }

  private void run(JobBoard.Entry job) {
    job.running();
    try {
      if (job.issue()) {
        job.issued(reports.issue(job.request(), job).id());
      } else {
        job.previewed(reports.preview(job.request(), job));
      }
    } catch (RuntimeException failed) {
      Throwable cause = failed.getCause() instanceof Problem p ? p : failed;
      String why =
          cause instanceof Problem p ? p.messageIn(Locale.SIMPLIFIED_CHINESE) : "server.error";
      LOG.log(Level.WARNING, "Report job " + job.id() + " failed", failed);
      job.failed(why);
    }
  }
}
