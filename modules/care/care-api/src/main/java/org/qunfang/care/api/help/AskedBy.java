package org.qunfang.care.api.help;

/** How the household asked. */
public enum AskedBy {
  PHONE,
  WECHAT,
  VISIT
}
