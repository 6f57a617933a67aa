package org.qunfang.grid.intake.control;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Reads a workbook's rows on two cores: the caller parses the XML while batches of parsed rows are
 * checked, and their ID numbers hashed, one after another on the common pool. Parsing and checking
 * take comparable time and the database has nothing to do yet, so the read takes half as long.
 *
 * <p>Each batch is a task chained to the one before, so {@link RowChecks} (which remembers earlier
 * rows) sees the rows in order and from one task at a time, and no thread ever waits on another
 * until the end.
 */
public final class CheckingReader {

  /** Rows per task: few enough tasks to cost nothing, small enough to overlap well. */
  private static final int BATCH = 1000;

  private CheckingReader() {}

  /** What a read found: every row counted, the good ones checked and hashed. */
  public record Read(int rows, List<CheckedRow> checked) {}

  /**
   * Reads up to {@code limit} rows (later ones are only counted), checks them with {@code checks}
   * and gives each good row its ID hash. Errors are left in {@code checks}.
   */
  public static Read read(
      ResidentWorkbook workbook,
      RowChecks checks,
      Function<String, String> idHash,
      int limit,
      IntConsumer progress) {
    List<CheckedRow> checked = new ArrayList<>();
    List<WorkbookRow> batch = new ArrayList<>(BATCH);
    var state =
        new Object() {
          int count;
          CompletableFuture<Void> checking = CompletableFuture.completedFuture(null);

          void hand() {
            checking = then(checking, List.copyOf(batch), checks, idHash, checked);
            batch.clear();
          }
        };
    workbook.rows(
        row -> {
          if (++state.count <= limit) {
            batch.add(row);
            if (batch.size() == BATCH) {
              state.hand();
            }
          }
          if (state.count % BATCH == 0) {
            progress.accept(state.count);
          }
        });
    state.hand();
    try {
      state.checking.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException failure ? failure : e;
    }
    return new Read(state.count, checked);
  }

  private static CompletableFuture<Void> then(
      CompletableFuture<Void> before,
      List<WorkbookRow> rows,
      RowChecks checks,
      Function<String, String> idHash,
      List<CheckedRow> checked) {
    return before.thenRunAsync(
        () -> {
          for (WorkbookRow row : rows) {
            checks
                .check(row)
                .map(r -> r.idNumber() == null ? r : r.withIdHash(idHash.apply(r.idNumber())))
                .ifPresent(checked::add);
          }
        },
        ForkJoinPool.commonPool());
  }
}
