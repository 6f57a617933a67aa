package org.qunfang.grid.api;

/** Sex as the citizen ID records it (GB 11643: odd sequence digit for men). */
public enum Sex {
  MALE,
  FEMALE
}
