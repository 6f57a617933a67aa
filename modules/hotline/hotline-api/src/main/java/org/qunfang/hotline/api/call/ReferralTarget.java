package org.qunfang.hotline.api.call;

/** Where a caller is referred. */
public enum ReferralTarget {
  /** 精神专科医院 */
  PSYCHIATRIC_HOSPITAL,
  /** 社区医生 */
  COMMUNITY_DOCTOR,
  /** 社会工作者 */
  SOCIAL_WORKER,
  /** 公安 */
  POLICE,
  /** 其他 */
  OTHER
}
