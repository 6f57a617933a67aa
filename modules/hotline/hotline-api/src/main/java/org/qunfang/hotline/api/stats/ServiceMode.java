package org.qunfang.hotline.api.stats;

/** How social workers served people: the three columns of the service statistics. */
public enum ServiceMode {
  /** 线下 */
  OFFLINE,
  /** 电话 */
  PHONE,
  /** 网络 */
  ONLINE
}
