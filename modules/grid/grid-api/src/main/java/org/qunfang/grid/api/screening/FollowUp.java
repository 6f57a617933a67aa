package org.qunfang.grid.api.screening;

/** Where an arrival's follow-up stands. */
public enum FollowUp {
  /** 待跟进 */
  PENDING,
  /** 居家健康监测 */
  HOME_MONITORING,
  /** 集中隔离 */
  CENTRAL_ISOLATION,
  /** 已排查解除 */
  CLEARED,
  /** 已离开本地 */
  LEFT
}
