package org.qunfang.care.api.help;

/** Where a request stands: asked, taken by someone of a logistics team, done or cancelled. */
public enum HelpStatus {
  OPEN,
  TAKEN,
  DONE,
  CANCELLED
}
