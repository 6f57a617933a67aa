package org.qunfang.care.api.type;

/** The times of day a person under observation is checked (晨检, 午检, 晚检). */
public enum CheckSlot {
  MORNING,
  NOON,
  EVENING
}
