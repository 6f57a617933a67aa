package org.qunfang.hotline.api.call;

/** How the caller reached the service. */
public enum Channel {
  /** 电话 */
  PHONE,
  /** 网络（微信、在线） */
  ONLINE,
  /** 面谈 */
  FACE_TO_FACE
}
