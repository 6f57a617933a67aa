package org.qunfang.jobs.board.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.qunfang.jobs.board.control.JobResults;
import org.qunfang.jobs.board.control.RunningJobs;
import org.qunfang.jobs.board.control.ThrottledProgress;
import org.qunfang.jobs.board.entity.Job;
import org.qunfang.kernel.entity.Ids;
import org.qunfang.kernel.job.JobBoard;
import org.qunfang.kernel.job.JobState;
import org.qunfang.kernel.job.JobStatus;
import org.qunfang.kernel.job.JobWork;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.Problem;

/**
 * Runs work on the managed executor, which carries the starter's identity to the worker thread, so
 * a job reaches exactly what its starter may reach. Every module's background work goes through
 * here: one place that records, logs and reports it.
 */
@Stateless
public class Jobs implements JobBoard {

  private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

  @Resource ManagedExecutorService executor;

  @Resource SessionContext session;

  @Inject JobRows rows;

  @Inject RunningJobs running;

  @Override
  public <R> JobStatus start(String kind, String subject, Locale language, JobWork<R> work) {
    Job job = new Job(Ids.next(), kind, caller(), subject, language, running.node(), Instant.now());
    rows.create(job);
    UUID id = job.getId();
    running.add(id);
    try {
      executor.submit(() -> run(id, kind, work));
    } catch (RuntimeException refused) {
      running.remove(id);
      rows.fail(id, failure(kind, id, refused));
      throw refused;
    }
    return job.status();
  }

  @Override
  public Optional<JobStatus> find(UUID id, Set<String> kinds) {
    String caller = caller();
    return rows.read(id)
        .filter(job -> kinds.stream().anyMatch(kind -> job.belongsTo(caller, kind)))
        .map(Job::status);
  }

  @Override
  public <R> Optional<R> result(UUID id, String kind, Class<R> type) {
    return mine(id, kind)
        .filter(job -> job.getState() == JobState.DONE)
        .flatMap(job -> rows.result(id))
        .map(bytes -> JobResults.read(bytes, type));
  }

  private Optional<Job> mine(UUID id, String kind) {
    String caller = caller();
    return rows.read(id).filter(job -> job.belongsTo(caller, kind));
  }

  private <R> void run(UUID id, String kind, JobWork<R> work) {
    try {
      rows.running(id);
      ThrottledProgress progress =
          new ThrottledProgress(id, this::writeProgress, Clock.systemUTC());
      R result = work.run(progress);
      progress.flush();
      rows.succeed(id, JobResults.write(result));
    } catch (RuntimeException failed) {
      rows.fail(id, failure(kind, id, failed));
    } finally {
      running.remove(id);
    }
  }

  /** Progress is a courtesy: a write that fails must not fail the work. */
  private void writeProgress(UUID id, String phase, int done, int total) {
    try {
      rows.progress(id, phase, done, total);
    } catch (RuntimeException lost) {
      LOG.log(Level.FINE, "Progress of job " + id + " not written", lost);
    }
  }

  /** A problem the work raised is told as it is; anything else is logged under a reference. */
  private static Message failure(String kind, UUID id, RuntimeException failed) {
    Throwable cause = failed.getCause() instanceof Problem p ? p : failed;
    if (cause instanceof Problem problem) {
      return problem.text();
    }
    String reference = id.toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Job " + kind + " " + id + " failed, reference " + reference, failed);
    return Message.kernel("job.failed", reference);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
