package org.qunfang.care.api.figures;

/** The care counts the dashboard shows. */
public interface CareDashboard {

  /** The counts of {@code area} (the caller's when null) now. */
  CareNow now(String area);
}
