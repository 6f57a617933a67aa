package org.qunfang.access.api;

import java.time.LocalDate;

/**
 * What an auditor looks for; every part is optional (null: any). {@code from} and {@code until} are
 * days in Beijing time, both included.
 */
public record AuditQuery(
    String entityType, String entityId, String actor, LocalDate from, LocalDate until) {

  public static AuditQuery any() {
    return new AuditQuery(null, null, null, null, null);
  }
}
