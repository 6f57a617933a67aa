package org.qunfang.grid.api.sweep;

/** One grid's, community's or township's progress: households visited of all, people recorded. */
public record ProgressRow(
    String code,
    String name,
    long householdsVisited,
    long householdsTotal,
    long personsRecorded,
    double visitedPercent) {

  /** Households not visited yet (a visit to a household since moved away still counts). */
  public long householdsToVisit() {
    return Math.max(0, householdsTotal - householdsVisited);
  }

  public static ProgressRow of(String code, String name, long visited, long total, long persons) {
    double percent = total == 0 ? 0 : Math.round(visited * 1000.0 / total) / 10.0;
    return new ProgressRow(code, name, visited, total, persons, percent);
  }
}
