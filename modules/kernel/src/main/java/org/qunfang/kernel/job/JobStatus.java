package org.qunfang.kernel.job;

import java.time.Instant;
import java.util.UUID;

/** A job as its starter sees it; {@code failure} is in the language the job was started in. */
public record JobStatus(
    UUID id,
    String kind,
    String subject,
    JobState state,
    String phase,
    int done,
    int total,
    String failure,
    Instant startedAt,
    Instant finishedAt) {

  /** How long it ran, or has run so far. */
  public long millis() {
    return java.time.Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt)
        .toMillis();
  }
}
