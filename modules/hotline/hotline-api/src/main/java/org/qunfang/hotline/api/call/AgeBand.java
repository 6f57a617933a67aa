package org.qunfang.hotline.api.call;

/** The caller's age band, as far as the counsellor can tell. */
public enum AgeBand {
  /** 14 岁以下 */
  UNDER_14,
  /** 14–17 岁 */
  FROM_14_TO_17,
  /** 18–34 岁 */
  FROM_18_TO_34,
  /** 35–59 岁 */
  FROM_35_TO_59,
  /** 60 岁及以上 */
  FROM_60,
  /** 不详 */
  UNKNOWN
}
