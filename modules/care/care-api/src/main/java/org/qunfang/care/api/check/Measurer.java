package org.qunfang.care.api.check;

/** Who took a reading: a member of the care team at the door, or the person themselves. */
public enum Measurer {
  TEAM,
  SELF_PHONE,
  SELF_WECHAT
}
