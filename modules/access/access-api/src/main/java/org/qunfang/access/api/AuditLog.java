package org.qunfang.access.api;

import java.util.List;

/** Reading the append-only audit trail: auditors only, newest first. */
public interface AuditLog {

  int MAX_RESULTS = 500;

  /** Entries matching every filter given (null means any), at most {@code limit}. */
  List<AuditRecord> search(String entityType, String entityId, String actor, int limit);
}
