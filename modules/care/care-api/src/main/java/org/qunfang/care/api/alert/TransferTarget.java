package org.qunfang.care.api.alert;

/** Where a person was transferred to. */
public enum TransferTarget {
  FEVER_CLINIC,
  DESIGNATED_HOSPITAL,
  CENTRAL_QUARANTINE
}
