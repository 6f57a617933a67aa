package org.qunfang.grid.api.checkpoint;

/** The colour of the health code shown at the gate. */
public enum HealthCode {
  GREEN,
  YELLOW,
  RED
}
