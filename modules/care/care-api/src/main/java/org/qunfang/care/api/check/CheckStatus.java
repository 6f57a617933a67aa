package org.qunfang.care.api.check;

/**
 * What came of a check. A seen person with a reading at or over the type's threshold, or with one
 * of its symptoms, is abnormal whatever was chosen.
 */
public enum CheckStatus {
  SEEN,
  ABNORMAL,
  NOT_REACHED,
  REFUSED
}
