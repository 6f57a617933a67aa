package org.qunfang.grid.api.screening;

/** What came of phoning a number. */
public enum PhoneOutcome {
  /** 已接通 */
  REACHED,
  /** 无法接通 */
  UNREACHABLE,
  /** 空号错号 */
  WRONG_NUMBER,
  /** 在本地 */
  IN_AREA,
  /** 已离开本地 */
  LEFT_AREA
}
