package org.qunfang.reports.api;

import java.util.UUID;

/**
 * A report being generated in the background: its state, how many rows are filled of how many, and,
 * once issued, the archive entry.
 */
public record ReportJob(
    UUID id,
    String kind,
    String area,
    boolean issue,
    State state,
    int rowsDone,
    int rowsTotal,
    String message,
    UUID issuedReport) {

  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    /** The server restarted before it finished: nothing was issued. */
    INTERRUPTED
  }

  /** Percent done, 0–100; 100 only when finished. */
  public int percent() {
    if (state == State.DONE) {
      return 100;
    }
    return rowsTotal == 0 ? 0 : Math.min(99, rowsDone * 100 / rowsTotal);
  }
}
