package org.qunfang.care.observation.entity;

import static org.qunfang.care.api.CareTexts.TEXTS;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.care.api.alert.AlertAction;
import org.qunfang.care.api.alert.AlertKind;
import org.qunfang.care.api.alert.TransferTarget;
import org.qunfang.care.api.type.CheckSlot;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.pii.EncryptedString;
import org.qunfang.kernel.pii.Personal;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.Message;

/**
 * An alert about someone under observation: raised once per check or test and kind (a unique key
 * holds it), open until someone says what was done. The note may tell of health, so it is
 * encrypted.
 */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "care_alert", schema = "care")
@NamedQuery(
    name = CareAlert.OPEN_IN_AREA,
    query =
        "select a from CareAlert a where a.action is null and a.divisionCode >= :lo"
            + " and a.divisionCode < :hi order by a.raisedAt, a.id")
@NamedQuery(
    name = CareAlert.ESCALATED_IN_AREA,
    query =
        "select a from CareAlert a where a.action is null and a.escalatedAt is not null"
            + " and a.divisionCode >= :lo and a.divisionCode < :hi order by a.raisedAt, a.id")
@NamedQuery(
    name = CareAlert.OPEN_FOR,
    query =
        "select a from CareAlert a where a.action is null and a.observationId in (select"
            + " p.observationId from TeamPlace p where p.account = :account and p.until is null)"
            + " order by a.raisedAt, a.id")
@NamedQuery(
    name = CareAlert.COUNT_OPEN_IN_AREA,
    query =
        "select a.kind, count(a) from CareAlert a where a.action is null and a.divisionCode >= :lo"
            + " and a.divisionCode < :hi"
            + " group by a.kind")
@NamedQuery(
    name = CareAlert.COUNT_ESCALATED_IN_AREA,
    query =
        "select a.kind, count(a) from CareAlert a where a.action is null and a.escalatedAt is not null"
            + " and a.divisionCode >= :lo and a.divisionCode < :hi"
            + " group by a.kind")
@NamedQuery(
    name = CareAlert.COUNT_OPEN_FOR,
    query =
        "select a.kind, count(a) from CareAlert a where a.action is null and a.observationId in (select"
            + " p.observationId from TeamPlace p where p.account = :account and p.until is null)"
            + " group by a.kind")
@NamedQuery(
    name = CareAlert.OF_OBSERVATION,
    query =
        "select a from CareAlert a where a.observationId = :observation order by a.raisedAt desc")
@NamedQuery(
    name = CareAlert.OPEN_COUNTS,
    query =
        "select a.observationId, count(a) from CareAlert a where a.action is null"
            + " and a.observationId in :observations group by a.observationId")
@NamedQuery(
    name = CareAlert.ESCALATE,
    query =
        "update CareAlert a set a.escalatedAt = :now where a.action is null"
            + " and a.escalatedAt is null and a.raisedAt <= :due")
@NamedQuery(
    name = CareAlert.OPEN_COUNT,
    query =
        "select count(a) from CareAlert a where a.action is null and a.divisionCode >= :lo"
            + " and a.divisionCode < :hi")
@NamedQuery(
    name = CareAlert.OPEN_OF,
    query = "select a from CareAlert a where a.observationId = :observation and a.action is null")
public class CareAlert extends AuditedEntity {

  public static final String OPEN_IN_AREA = "CareAlert.openInArea";
  public static final String ESCALATED_IN_AREA = "CareAlert.escalatedInArea";
  public static final String OPEN_FOR = "CareAlert.openFor";
  public static final String COUNT_OPEN_IN_AREA = "CareAlert.countOpenInArea";
  public static final String COUNT_ESCALATED_IN_AREA = "CareAlert.countEscalatedInArea";
  public static final String COUNT_OPEN_FOR = "CareAlert.countOpenFor";
  public static final String OF_OBSERVATION = "CareAlert.ofObservation";
  public static final String OPEN_COUNTS = "CareAlert.openCounts";
  public static final String ESCALATE = "CareAlert.escalate";
  public static final String OPEN_OF = "CareAlert.openOf";
  public static final String OPEN_COUNT = "CareAlert.openCount";

  @Column(name = "observation_id", nullable = false, updatable = false)
  private UUID observationId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "person_name", nullable = false, updatable = false, length = 30)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 16)
  private AlertKind kind;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private UUID subjectId;

  @Column(name = "subject_day", nullable = false, updatable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(name = "slot", updatable = false, length = 16)
  private CheckSlot slot;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", length = 16)
  private AlertAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "transferred_to", length = 24)
  private TransferTarget transferredTo;

  @Personal(Personal.Kind.HEALTH)
  @Convert(converter = EncryptedString.class)
  @Column(name = "note", length = 600)
  private String note;

  @Column(name = "acted_at")
  private Instant actedAt;

  @Column(name = "acted_by", length = 64)
  private String actedBy;

  protected CareAlert() {}

  /**
   * About a check or test of {@code day} (in {@code slot} for a check); never a reading. A check or
   * test raises one alert at most, so the alert takes its id and the key keeps it once.
   */
  public CareAlert(
      Observation observation,
      AlertKind kind,
      UUID subjectId,
      LocalDate day,
      CheckSlot slot,
      Instant at) {
    super(subjectId);
    this.observationId = observation.getId();
    this.divisionCode = observation.getDivisionCode();
    this.name = observation.getName();
    this.kind = kind;
    this.subjectId = subjectId;
    this.day = day;
    this.slot = slot;
    this.raisedAt = at;
  }

  /** Closes the alert; one already closed is a conflict naming who closed it. */
  public void respond(AlertAction done, TransferTarget target, String text, String by, Instant at) {
    if (action != null) {
      throw new Conflict(new Message(TEXTS, "alert.closed", actedBy));
    }
    this.action = done;
    this.transferredTo = target;
    this.note = text;
    this.actedBy = by;
    this.actedAt = at;
  }

  public boolean isOpen() {
    return action == null;
  }

  public UUID getObservationId() {
    return observationId;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public String getName() {
    return name;
  }

  public AlertKind getKind() {
    return kind;
  }

  public LocalDate getDay() {
    return day;
  }

  public CheckSlot getSlot() {
    return slot;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public AlertAction getAction() {
    return action;
  }

  public TransferTarget getTransferredTo() {
    return transferredTo;
  }

  public String getNote() {
    return note;
  }

  public Instant getActedAt() {
    return actedAt;
  }

  public String getActedBy() {
    return actedBy;
  }
}
