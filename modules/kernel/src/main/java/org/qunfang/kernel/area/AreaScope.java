package org.qunfang.kernel.area;

import org.qunfang.kernel.problem.Forbidden;

/**
 * What a user may reach: their home division and everything below it. Boundaries ask it before they
 * read or write anything that belongs to a division.
 */
public record AreaScope(DivisionCode home) {

  public boolean covers(DivisionCode code) {
    return home.contains(code);
  }

  public boolean covers(String code) {
    return DivisionCode.isWellFormed(code) && covers(DivisionCode.of(code));
  }

  /** Throws {@link Forbidden} — without saying what lies there — unless the code is covered. */
  public void require(String code) {
    if (!covers(code)) {
      throw new Forbidden("area.outside");
    }
  }

  /** A SQL LIKE pattern matching every code in this scope. */
  public String likePattern() {
    return home.value() + "%";
  }
}
