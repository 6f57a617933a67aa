package org.qunfang.hotline.api.call;

/** Suicide and violence risk, from the screen on every call. */
public enum RiskLevel {
  /** 低 */
  LOW,
  /** 中 */
  MEDIUM,
  /** 高 */
  HIGH,
  /** 紧急 */
  IMMINENT;

  /** High and imminent calls need a supervisor's review within 24 hours. */
  public boolean needsReview() {
    return this == HIGH || this == IMMINENT;
  }
}
