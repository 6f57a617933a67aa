package org.qunfang.care.api.observation;

/** Why someone is observed; an arrival names the area they came from. */
public enum Reason {
  /** 来自中高风险地区 (the area named in the details). */
  ARRIVAL,
  /** 密切接触者. */
  CLOSE_CONTACT,
  /** 密接的密接. */
  SECONDARY_CONTACT,
  /** 集中隔离期满返家. */
  CENTRAL_QUARANTINE_RETURN,
  /** 入境人员. */
  INBOUND_TRAVEL,
  OTHER
}
