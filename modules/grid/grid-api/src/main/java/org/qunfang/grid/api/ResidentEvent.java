package org.qunfang.grid.api;

/** What happened to a resident, as their history tells it. */
public enum ResidentEvent {
  /** 迁入他户 */
  MOVED,
  /** 迁出 */
  MOVED_AWAY,
  /** 死亡 */
  DECEASED
}
