package org.qunfang.grid.api.wechat;

/** WeChat coverage of a grid, community or township: households in groups of all registered. */
public record CoverageRow(
    String code,
    String name,
    long groups,
    long householdsCovered,
    long householdsTotal,
    double coveragePercent) {

  public static CoverageRow of(String code, String name, long groups, long covered, long total) {
    double percent = total == 0 ? 0 : Math.round(covered * 1000.0 / total) / 10.0;
    return new CoverageRow(code, name, groups, covered, total, percent);
  }
}
