package org.qunfang.dispatch.api.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's record of service after 《志愿服务记录与证明出具办法（试行）》: who (the ID number masked), from when to
 * when, how many hours in all, and each service.
 */
public record ServiceRecord(
    String name,
    String idNumber,
    String area,
    LocalDate first,
    LocalDate last,
    long minutes,
    List<ServiceRow> services) {

  /** Hours to one decimal, as certificates state them. */
  public String hours() {
    return String.format("%.1f", minutes / 60.0);
  }
}
