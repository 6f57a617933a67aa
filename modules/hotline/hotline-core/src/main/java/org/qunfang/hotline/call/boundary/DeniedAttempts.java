package org.qunfang.hotline.call.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Map;
import org.qunfang.kernel.audit.AuditAction;
import org.qunfang.kernel.audit.AuditTrail;

/**
 * Records a refused attempt on a confidential record in a transaction of its own: the refusal rolls
 * back the caller's transaction, and the record of the attempt must outlive it.
 */
@Stateless
@PermitAll
public class DeniedAttempts {

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String entityType, String entityId, String attempt) {
    AuditTrail.record(entityType, entityId, AuditAction.ACCESS_DENIED, Map.of("attempt", attempt));
  }
}
