package org.qunfang.kernel.job;

/** Where a job is. */
public enum JobState {
  QUEUED,
  RUNNING,
  DONE,
  FAILED,
  /** The server running it stopped before it finished; nothing of it was kept. */
  INTERRUPTED;

  public boolean finished() {
    return this == DONE || this == FAILED || this == INTERRUPTED;
  }
}
