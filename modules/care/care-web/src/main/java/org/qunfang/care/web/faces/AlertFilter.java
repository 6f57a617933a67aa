package org.qunfang.care.web.faces;

import java.util.function.Predicate;
import org.qunfang.care.api.alert.AlertKind;

/** What the desk's list of alerts is narrowed to: checks missed, or readings and tests abnormal. */
public enum AlertFilter implements Predicate<AlertKind> {
  MISSED,
  ABNORMAL;

  @Override
  public boolean test(AlertKind kind) {
    return this == MISSED ? kind == AlertKind.MISSED : kind != AlertKind.MISSED;
  }

  /** The filter a link names; anything else (or nothing) shows all. */
  public static AlertFilter of(String name) {
    for (AlertFilter filter : values()) {
      if (filter.name().equals(name)) {
        return filter;
      }
    }
    return null;
  }
}
