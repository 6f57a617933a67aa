package org.qunfang.kernel.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Writes a refusal in a transaction of its own: the refusal rolls back the caller's transaction,
 * and the record of the attempt must outlive it.
 */
@ApplicationScoped
public class Refusals {

  /** A refused attempt on a record (a confidential one refuses without saying why). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String entityType, String entityId, String attempt) {
    AuditTrail.record(entityType, entityId, AuditAction.ACCESS_DENIED, Map.of("attempt", attempt));
  }

  /** A refused attempt and the refusal's message key. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String entityType, String entityId, String attempt, String refusal) {
    AuditTrail.record(
        entityType,
        entityId,
        AuditAction.ACCESS_DENIED,
        Map.of("attempt", attempt, "refusal", refusal));
  }
}
