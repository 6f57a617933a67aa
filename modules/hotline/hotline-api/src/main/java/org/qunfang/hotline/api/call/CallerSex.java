package org.qunfang.hotline.api.call;

public enum CallerSex {
  /** 男 */
  MALE,
  /** 女 */
  FEMALE,
  /** 不详 */
  UNKNOWN
}
