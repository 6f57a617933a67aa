package org.qunfang.access.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.qunfang.access.api.AuditLog;
import org.qunfang.access.api.AuditRecord;

/** The audit trail for auditors: newest first, filtered by record or person. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AuditLog audit;

  private String entityType;
  private String entityId;
  private String actor;
  private List<AuditRecord> entries = List.of();

  @PostConstruct
  public void search() {
    entries = audit.search(entityType, entityId, actor, AuditLog.MAX_RESULTS);
  }

  public List<AuditRecord> getEntries() {
    return entries;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public void setEntityId(String entityId) {
    this.entityId = entityId;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }
}
