package org.qunfang.reports.jobs.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.qunfang.reports.api.ReportJob;
import org.qunfang.reports.api.ReportPdf;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.reports.archive.control.Progress;

/** The jobs of this server, by id, each with its owner; finished ones go after an hour. */
@ApplicationScoped
public class JobBoard {

  static final Duration KEPT = Duration.ofHours(1);

  private final Map<UUID, Entry> jobs = new ConcurrentHashMap<>();

  public Entry open(String owner, ReportRequest request, boolean issue) {
    forgetOld();
    Entry entry = new Entry(UUID.randomUUID(), owner, request, issue);
    jobs.put(entry.id, entry);
    return entry;
  }

  /** The job, if it exists and belongs to {@code owner}. */
  public Optional<Entry> find(UUID id, String owner) {
    return Optional.ofNullable(jobs.get(id)).filter(e -> e.owner.equals(owner));
  }

  private void forgetOld() {
    Instant cutoff = Instant.now().minus(KEPT);
    jobs.values().removeIf(e -> e.finishedAt != null && e.finishedAt.isBefore(cutoff));
  }

  /** One job; its fields change as the worker thread goes, so they are volatile. */
  public static final class Entry implements Progress {
    private final UUID id;
    private final String owner;
    private final ReportRequest request;
    private final boolean issue;
    private volatile ReportJob.State state = ReportJob.State.QUEUED;
    private volatile int total;
    private volatile int done;
    private volatile String message;
    private volatile UUID issuedReport;
    private volatile ReportPdf preview;
    private volatile Instant finishedAt;

    Entry(UUID id, String owner, ReportRequest request, boolean issue) {
      this.id = id;
      this.owner = owner;
      this.request = request;
      this.issue = issue;
    }

    public UUID id() {
      return id;
    }

    public ReportRequest request() {
      return request;
    }

    public boolean issue() {
      return issue;
    }

    public void running() {
      state = ReportJob.State.RUNNING;
    }

    @Override
    public void total(int rows) {
      total = rows;
    }

    @Override
    public void done(int rows) {
      done = rows;
    }

    public void issued(UUID report) {
      issuedReport = report;
      finish(ReportJob.State.DONE, null);
    }

    public void previewed(ReportPdf pdf) {
      preview = pdf;
      finish(ReportJob.State.DONE, null);
    }

    public void failed(String why) {
      finish(ReportJob.State.FAILED, why);
    }

    private void finish(ReportJob.State end, String why) {
      message = why;
      finishedAt = Instant.now();
      state = end;
    }

    public Optional<ReportPdf> previewPdf() {
      return Optional.ofNullable(preview);
    }

    public ReportJob view() {
      return new ReportJob(
          id, request.kind(), request.area(), issue, state, done, total, message, issuedReport);
    }
  }
}
