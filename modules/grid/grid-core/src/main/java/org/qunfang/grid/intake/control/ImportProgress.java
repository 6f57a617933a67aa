package org.qunfang.grid.intake.control;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.qunfang.grid.api.ImportJob;
import org.qunfang.kernel.job.JobProgress;

/** An import's steps as the job board hears them: rows read, then checked, then written. */
public class ImportProgress {

  /** The first bad rows shown; all are counted. */
  static final int ERRORS_SHOWN = 1000;

  private final JobProgress job;
  private final Locale language;

  public ImportProgress(JobProgress job, Locale language) {
    this.job = job;
    this.language = language;
  }

  public UUID id() {
    return job.jobId();
  }

  public void reading() {
    job.phase(ImportJob.State.READING.name());
  }

  public void read(int rows) {
    job.done(rows);
  }

  public void checking(int rows) {
    job.phase(ImportJob.State.CHECKING.name());
    job.total(rows);
    job.done(rows);
  }

  public void writing() {
    job.phase(ImportJob.State.WRITING.name());
  }

  public void written(int rows) {
    job.done(rows);
  }

  /** The import refused: every bad row counted, the first named in the starter's language. */
  public ImportOutcome refused(List<RowError> found) {
    return new ImportOutcome(
        found.stream()
            .limit(ERRORS_SHOWN)
            .map(e -> new ImportJob.RowError(e.row(), e.column().header(), e.reason().in(language)))
            .toList(),
        found.size(),
        0,
        0);
  }

  public ImportOutcome done(int households, int residents) {
    return new ImportOutcome(List.of(), 0, households, residents);
  }
}
