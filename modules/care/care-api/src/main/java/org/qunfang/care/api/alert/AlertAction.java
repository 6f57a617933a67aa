package org.qunfang.care.api.alert;

/** What the team or the community officer did about an alert; each closes it. */
public enum AlertAction {
  /** Reached the person and checked them again. */
  RECHECKED,
  /** Reported to the community health centre (社区卫生服务中心). */
  REPORTED,
  /** Taken by 120 elsewhere: the observation ends as transferred. */
  TRANSFERRED,
  /** Moved away or unreachable: the observation ends as lost. */
  LOST
}
