package org.qunfang.access.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail as auditors read it; personal values in it are masked. {@code name}
 * names the record as the trail first knew it (its name, title or code when it had one; masked if
 * personal), or is null.
 */
public record AuditRecord(
    UUID id,
    Instant at,
    String actor,
    String entityType,
    String entityId,
    String action,
    String changes,
    String name) {}
