package org.qunfang.care.api.observation;

/** Where an observation stands; every state but OBSERVED is an end. */
public enum ObservationStatus {
  OBSERVED,
  /** 解除: the period over, every test negative, verified by the community. */
  RELEASED,
  /** Transferred by 120 to a fever clinic, designated hospital or central quarantine. */
  TRANSFERRED,
  /** Moved away or unreachable. */
  LOST
}
