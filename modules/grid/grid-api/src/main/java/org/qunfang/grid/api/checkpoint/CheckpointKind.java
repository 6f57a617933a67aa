package org.qunfang.grid.api.checkpoint;

public enum CheckpointKind {
  /** 村口 */
  VILLAGE_GATE,
  /** 社口 */
  COMMUNITY_GATE,
  /** 道口 */
  ROAD,
  /** 小区口 */
  COMPOUND_GATE
}
