package org.qunfang.grid.api;

import java.util.List;
import java.util.UUID;

/**
 * An import and how far it has got: rows read, then checked, then written. {@code errors} holds the
 * first bad rows (up to a thousand); {@code errorCount} counts them all.
 */
public record ImportJob(
    UUID id,
    String fileName,
    State state,
    int done,
    int total,
    List<RowError> errors,
    int errorCount,
    int households,
    int residents,
    long millis) {

  public enum State {
    READING,
    CHECKING,
    WRITING,
    /** Everything was written. */
    DONE,
    /** Bad rows were found; nothing was written. */
    REFUSED,
    /** The server failed; nothing was written. */
    FAILED,
    /** The server restarted before the import finished; nothing was written. */
    INTERRUPTED
  }

  public boolean finished() {
    return state == State.DONE
        || state == State.REFUSED
        || state == State.FAILED
        || state == State.INTERRUPTED;
  }

  /** A bad row: its number as the spreadsheet shows it, the column header, and why. */
  public record RowError(int row, String column, String reason) {}
}
