package org.qunfang.dispatch.planning.control;

/**
 * A hard rule of the roster, never broken by hand or by the solver. Each has a message key {@code
 * breach.<name>} in the module's texts. The dispatcher's area is the sixth rule, kept by the
 * boundaries: a person or place outside it is not found.
 */
public enum Breach {
  /** The person is on another shift at the same time. */
  OVERLAP,
  /** Less than the least rest lies between this shift and another of theirs. */
  REST,
  /** The shift would take them over the week's hours. */
  WEEKLY_HOURS,
  /** They said they cannot serve at that time. */
  UNAVAILABLE,
  /** The slot needs a skill they do not have. */
  UNSKILLED;

  public String key() {
    return "breach." + name().toLowerCase().replace('_', '-');
  }
}
