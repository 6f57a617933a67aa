package org.qunfang.access.api;

import java.util.List;
import java.util.UUID;

/** Reading the append-only audit trail: auditors only, newest first. */
public interface AuditLog {

  int MAX_RESULTS = 500;

  /** Entries matching every filter given (null means any), at most {@code limit}. */
  List<AuditRecord> search(String entityType, String entityId, String actor, int limit);

  /** Entries matching the query, newest first, at most {@code limit}. */
  List<AuditRecord> search(AuditQuery query, int limit);

  /**
   * One entry with its fields before and after: "before" is what the trail held for the record just
   * before this entry. An entry outside the auditor's area is not found.
   */
  AuditChange change(UUID id);
}
