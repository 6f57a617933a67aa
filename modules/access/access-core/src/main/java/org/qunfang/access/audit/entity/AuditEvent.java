package org.qunfang.access.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A written audit entry, mapped read-only (EclipseLink never writes it): entries are appended with
 * JDBC by {@link org.qunfang.access.audit.control.JdbcAuditSink} and never changed.
 */
@Entity
@ReadOnly
@Table(name = "audit_event", schema = "access")
public class AuditEvent {

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "actor")
  private String actor;

  @Column(name = "entity_type")
  private String entityType;

  @Column(name = "entity_id")
  private String entityId;

  @Column(name = "action")
  private String action;

  @Column(name = "changes")
  private String changes;

  @Column(name = "area")
  private String area;

  protected AuditEvent() {}

  public String getArea() {
    return area;
  }

  public UUID getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getAction() {
    return action;
  }

  public String getChanges() {
    return changes;
  }
}
