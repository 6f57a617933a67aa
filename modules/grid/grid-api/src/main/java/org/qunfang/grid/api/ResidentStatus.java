package org.qunfang.grid.api;

/** Whether someone still lives in their household. */
public enum ResidentStatus {
  /** 在册 */
  PRESENT,
  /** 已迁出 */
  MOVED_AWAY,
  /** 已故 */
  DECEASED
}
