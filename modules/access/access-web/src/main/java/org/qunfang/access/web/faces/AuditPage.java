package org.qunfang.access.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.qunfang.access.api.AuditChange;
import org.qunfang.access.api.AuditLog;
import org.qunfang.access.api.AuditQuery;
import org.qunfang.access.api.AuditRecord;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.web.api.faces.PageMessages;

/**
 * The audit trail for auditors: newest first, filtered by record, person and period; an entry opens
 * with each field before and after.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The kinds offered in the filter, the ones most asked about first. */
  private static final List<String> KINDS =
      List.of(
          "Resident",
          "Household",
          "Arrival",
          "Call",
          "Observation",
          "HealthCheck",
          "CareAlert",
          "HelpRequest",
          "Person",
          "Slot",
          "Passage",
          "Checkpoint",
          "Grid",
          "Account");

  @Inject transient AuditLog audit;
  @Inject transient PageMessages messages;

  private String entityType;
  private String entityId;
  private String actor;
  private LocalDate from;
  private LocalDate until;
  private List<AuditRecord> entries = List.of();
  private AuditChange opened;

  @PostConstruct
  public void search() {
    try {
      entries =
          audit.search(
              new AuditQuery(entityType, entityId, actor, from, until), AuditLog.MAX_RESULTS);
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  /** Opens one entry: its fields before and after. */
  public void open(AuditRecord entry) {
    try {
      opened = audit.change(entry.id());
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void closeOpened() {
    opened = null;
  }

  public AuditChange getOpened() {
    return opened;
  }

  /** How a record is named on the page: its name, else the start of its id. */
  public String named(AuditRecord entry) {
    if (entry.name() != null) {
      return entry.name();
    }
    String id = entry.entityId();
    return id == null ? "" : "#" + (id.length() > 8 ? id.substring(0, 8) : id);
  }

  public List<String> getKinds() {
    return KINDS;
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

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }
}
