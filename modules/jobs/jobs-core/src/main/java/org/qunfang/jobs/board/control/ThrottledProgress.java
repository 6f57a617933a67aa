package org.qunfang.jobs.board.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.qunfang.kernel.job.JobProgress;

/**
 * A job's progress as its work reports it, passed on to the board at most once per {@link #EVERY}
 * and at every new phase: an import reports each of 100,000 rows, the database hears a few dozen.
 */
public class ThrottledProgress implements JobProgress {

  static final Duration EVERY = Duration.ofSeconds(1);

  /** Where progress is written. */
  @FunctionalInterface
  public interface Writer {
    void write(UUID job, String phase, int done, int total);
  }

  private final UUID job;
  private final Writer writer;
  private final Clock clock;
  private String phase;
  private int done;
  private int total;
  private Instant written = Instant.MIN;

  public ThrottledProgress(UUID job, Writer writer, Clock clock) {
    this.job = job;
    this.writer = writer;
    this.clock = clock;
  }

  @Override
  public UUID jobId() {
    return job;
  }

  @Override
  public void phase(String phase) {
    this.phase = phase;
    this.done = 0;
    flush();
  }

  @Override
  public void total(int units) {
    this.total = units;
    maybeFlush();
  }

  @Override
  public void done(int units) {
    this.done = units;
    maybeFlush();
  }

  private void maybeFlush() {
    if (!clock.instant().isBefore(written.plus(EVERY))) {
      flush();
    }
  }

  /** Writes what was last heard, throttled or not: the job's final count. */
  public void flush() {
    written = clock.instant();
    writer.write(job, phase, done, total);
  }
}
