package org.qunfang.kernel.entity;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import org.qunfang.kernel.security.Caller;

/** Entity listener that records who created and changed an {@link AuditedEntity}, and when. */
public class Stamps {

  @PrePersist
  void created(AuditedEntity entity) {
    entity.stampCreated(Caller.name(), Instant.now());
  }

  @PreUpdate
  void updated(AuditedEntity entity) {
    entity.stampUpdated(Caller.name(), Instant.now());
  }
}
