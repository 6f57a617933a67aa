package org.qunfang.care.api.alert;

/** Why an alert was raised. */
public enum AlertKind {
  /** A slot's window closed with no check. */
  MISSED,
  /** A reading at or over the threshold, or a symptom. */
  ABNORMAL,
  /** A nucleic-acid test positive. */
  POSITIVE
}
