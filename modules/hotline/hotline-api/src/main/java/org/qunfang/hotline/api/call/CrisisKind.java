package org.qunfang.hotline.api.call;

/** Steps taken in a crisis, each with its time. */
public enum CrisisKind {
  /** 保持通话 */
  STAYED_ON_LINE,
  /** 获取所在位置 */
  LOCATION_OBTAINED,
  /** 已报警 110 */
  POLICE_110,
  /** 已呼叫 120 */
  AMBULANCE_120,
  /** 已通知监护人或家属 */
  GUARDIAN_NOTIFIED
}
