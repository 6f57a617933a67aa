package org.qunfang.care.api.figures;

/**
 * One area's figures for a day, after the NHC daily template: placed that day and in all (累计追踪),
 * released that day and in all (当日解除), still observed at the end of the day (尚在观察), abnormal that
 * day (people), transferred that day and in all, and checks missed that day.
 */
public record FigureRow(
    String code,
    String name,
    long placedToday,
    long placedTotal,
    long releasedToday,
    long releasedTotal,
    long observed,
    long abnormalToday,
    long transferredToday,
    long transferredTotal,
    long missedToday) {

  /** This row and {@code other} added up, under {@code other}'s code and name. */
  public FigureRow plus(FigureRow other) {
    return new FigureRow(
        other.code,
        other.name,
        placedToday + other.placedToday,
        placedTotal + other.placedTotal,
        releasedToday + other.releasedToday,
        releasedTotal + other.releasedTotal,
        observed + other.observed,
        abnormalToday + other.abnormalToday,
        transferredToday + other.transferredToday,
        transferredTotal + other.transferredTotal,
        missedToday + other.missedToday);
  }

  public static FigureRow zero(String code, String name) {
    return new FigureRow(code, name, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }
}
