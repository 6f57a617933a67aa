package org.qunfang.grid.api.checkpoint;

/** What passed a checkpoint: a person on foot, or a vehicle (its driver's temperature taken). */
public enum Subject {
  PERSON,
  VEHICLE
}
