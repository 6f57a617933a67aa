package org.qunfang.kernel.job;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Starts background work and answers how far it has got; only the starter sees a job. */
public interface JobBoard {

  /**
   * Records a job for the caller and runs {@code work} on the managed executor with the caller's
   * identity. {@code kind} names what the job does ({@code resident-import}); {@code subject} what
   * it works on, as its module reads it back; failures are written in {@code language}.
   */
  <R> JobStatus start(String kind, String subject, Locale language, JobWork<R> work);

  /** The caller's job of that kind; empty when unknown, expired or someone else's. */
  default Optional<JobStatus> find(UUID id, String kind) {
    return find(id, Set.of(kind));
  }

  /** The caller's job of any of these kinds, read once; its {@code kind()} says which. */
  Optional<JobStatus> find(UUID id, Set<String> kinds);

  /** A finished job's result, as {@code type}; empty until the job is done. */
  <R> Optional<R> result(UUID id, String kind, Class<R> type);
}
