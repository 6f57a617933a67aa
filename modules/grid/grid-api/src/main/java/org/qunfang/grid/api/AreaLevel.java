package org.qunfang.grid.api;

/** The levels at which progress and coverage are rolled up. */
public enum AreaLevel {
  GRID,
  COMMUNITY,
  TOWNSHIP
}
