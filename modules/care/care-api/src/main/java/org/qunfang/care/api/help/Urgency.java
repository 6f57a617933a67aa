package org.qunfang.care.api.help;

/** How soon a request must be done; each has its own time (configurable) before it is overdue. */
public enum Urgency {
  URGENT,
  TODAY,
  ROUTINE
}
