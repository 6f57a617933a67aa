package org.qunfang.dispatch.api.person;

import java.util.List;
import java.util.UUID;

/**
 * A workbook of people being imported: its state (QUEUED, RUNNING, DONE, REFUSED — bad rows,
 * nothing written —, FAILED, INTERRUPTED), the rows checked so far, the first bad rows (up to a
 * thousand) with how many there are in all, and how many people were registered.
 */
public record PeopleImportJob(
    UUID id,
    String fileName,
    String state,
    int done,
    int total,
    List<RowProblem> errors,
    int errorCount,
    int registered,
    long millis) {

  /** A bad cell: its row as the spreadsheet numbers it, its column header, and why. */
  public record RowProblem(int row, String column, String reason) {}
}
