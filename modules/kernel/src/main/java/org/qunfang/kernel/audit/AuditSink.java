package org.qunfang.kernel.audit;

/**
 * Where audit entries go. The access module provides the one implementation (an append-only table);
 * it must write within the caller's transaction so the trail and the change commit together.
 */
public interface AuditSink {

  void record(AuditEntry entry);
}
