package org.qunfang.kernel.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the audit trail. {@code changes} maps field to new value; personal values are already
 * masked here and never reach the trail in full. {@code area} is the division the entry is about
 * (null: the actor's area), which decides which auditors read it.
 */
public record AuditEntry(
    Instant at,
    String actor,
    String entityType,
    String entityId,
    AuditAction action,
    Map<String, String> changes,
    String area) {

  public AuditEntry {
    changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes)); // values may be null
  }
}
