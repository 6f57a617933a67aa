package org.qunfang.care.help.entity;

import static org.qunfang.care.api.CareTexts.TEXTS;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.care.api.help.AskedBy;
import org.qunfang.care.api.help.HelpKind;
import org.qunfang.care.api.help.HelpStatus;
import org.qunfang.care.api.help.Urgency;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.entity.OptionalReference;
import org.qunfang.kernel.pii.Personal;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.Message;

/**
 * A household's request for help, from asking to fulfilment: taken by someone of a logistics team,
 * then done or cancelled — once; a second close is a conflict that says how it was closed.
 */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "help_request", schema = "care")
@NamedQuery(
    name = HelpRequest.IN_AREA,
    query =
        "select h from HelpRequest h where h.divisionCode >= :lo and h.divisionCode < :hi"
            + " order by h.createdAt desc")
@NamedQuery(
    name = HelpRequest.IN_AREA_WITH_STATUS,
    query =
        "select h from HelpRequest h where h.divisionCode >= :lo and h.divisionCode < :hi"
            + " and h.status = :status order by h.dueAt")
@NamedQuery(
    name = HelpRequest.TAKEN_BY,
    query =
        "select h from HelpRequest h where h.takerAccount = :account"
            + " and (h.status = :taken or h.doneAt >= :since) order by h.dueAt")
@NamedQuery(
    name = HelpRequest.IN_HAND,
    query =
        "select h.takerId, count(h) from HelpRequest h where h.takerId in :people"
            + " and h.status = :taken group by h.takerId")
@NamedQuery(
    name = HelpRequest.DONE_BETWEEN,
    query =
        "select h.divisionCode, h.kind, count(h) from HelpRequest h where h.divisionCode >= :lo"
            + " and h.divisionCode < :hi and h.status = :done and h.doneAt >= :from"
            + " and h.doneAt < :until group by h.divisionCode, h.kind")
@NamedQuery(
    name = HelpRequest.FAMILIES_BETWEEN,
    query =
        "select h.divisionCode, count(distinct h.family) from HelpRequest h"
            + " where h.divisionCode >= :lo and h.divisionCode < :hi and h.status = :done"
            + " and h.doneAt >= :from and h.doneAt < :until group by h.divisionCode")
@NamedQuery(
    name = HelpRequest.OPEN_COUNT,
    query =
        "select count(h) from HelpRequest h where h.divisionCode >= :lo and h.divisionCode < :hi"
            + " and h.status in :open")
@NamedQuery(
    name = HelpRequest.OVERDUE_COUNT,
    query =
        "select count(h) from HelpRequest h where h.divisionCode >= :lo and h.divisionCode < :hi"
            + " and h.status in :open and h.dueAt < :now")
public class HelpRequest extends AuditedEntity {

  public static final String IN_AREA = "HelpRequest.inArea";
  public static final String IN_AREA_WITH_STATUS = "HelpRequest.inAreaWithStatus";
  public static final String TAKEN_BY = "HelpRequest.takenBy";
  public static final String IN_HAND = "HelpRequest.inHand";
  public static final String DONE_BETWEEN = "HelpRequest.doneBetween";
  public static final String FAMILIES_BETWEEN = "HelpRequest.familiesBetween";
  public static final String OPEN_COUNT = "HelpRequest.openCount";
  public static final String OVERDUE_COUNT = "HelpRequest.overdueCount";

  @Convert(converter = OptionalReference.class)
  @Column(name = "observation_id", updatable = false)
  private UUID observationId;

  @Convert(converter = OptionalReference.class)
  @Column(name = "household_id", updatable = false)
  private UUID householdId;

  /** The family counted as helped: the household, or the observed person when it has none. */
  @Column(name = "family", nullable = false, updatable = false)
  private UUID family;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "address", updatable = false, length = 200)
  private String address;

  @Personal(Personal.Kind.NAME)
  @Column(name = "asked_for", updatable = false, length = 30)
  private String askedFor;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 16)
  private HelpKind kind;

  @Column(name = "details", nullable = false, updatable = false, length = 200)
  private String details;

  @Enumerated(EnumType.STRING)
  @Column(name = "urgency", nullable = false, updatable = false, length = 16)
  private Urgency urgency;

  @Enumerated(EnumType.STRING)
  @Column(name = "asked_by", nullable = false, updatable = false, length = 16)
  private AskedBy askedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private HelpStatus status = HelpStatus.OPEN;

  @Column(name = "due_at", nullable = false, updatable = false)
  private Instant dueAt;

  @Convert(converter = OptionalReference.class)
  @Column(name = "taker_id")
  private UUID takerId;

  @Column(name = "taker_name", length = 30)
  private String takerName;

  @Column(name = "taker_account", length = 64)
  private String takerAccount;

  @Column(name = "taken_at")
  private Instant takenAt;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "note", length = 200)
  private String note;

  @Column(name = "advanced", precision = 8, scale = 2)
  private BigDecimal advanced;

  @Column(name = "repaid", precision = 8, scale = 2)
  private BigDecimal repaid;

  @Column(name = "cancel_reason", length = 200)
  private String cancelReason;

  protected HelpRequest() {}

  /** Asked by, or for, a household in {@code divisionCode}; due by {@code dueAt}. */
  public record Asker(
      UUID observationId, UUID householdId, String divisionCode, String address, String name) {}

  public HelpRequest(
      Asker asker, HelpKind kind, String details, Urgency urgency, AskedBy by, Instant dueAt) {
    this.observationId = asker.observationId();
    this.householdId = asker.householdId();
    this.family = asker.householdId() != null ? asker.householdId() : asker.observationId();
    this.divisionCode = asker.divisionCode();
    this.address = asker.address();
    this.askedFor = asker.name();
    this.kind = kind;
    this.details = details;
    this.urgency = urgency;
    this.askedBy = by;
    this.dueAt = dueAt;
  }

  /**
   * Taken (or handed to another helper while not closed) by someone of the registry; their account,
   * if they have one, may say it is done.
   */
  public void take(UUID person, String name, String account, Instant at) {
    requireOpen();
    this.takerId = person;
    this.takerName = name;
    this.takerAccount = account;
    this.takenAt = at;
    this.status = HelpStatus.TAKEN;
  }

  /** Done by the one who took it; money repaid can never pass money advanced. */
  public void done(Instant at, String text, BigDecimal advance, BigDecimal repayment) {
    requireOpen();
    if (status != HelpStatus.TAKEN) {
      throw new Conflict(new Message(TEXTS, "help.notTaken"));
    }
    this.doneAt = at;
    this.note = text;
    this.advanced = advance;
    this.repaid = repayment;
    this.status = HelpStatus.DONE;
  }

  public void cancel(String reason) {
    requireOpen();
    this.cancelReason = reason;
    this.status = HelpStatus.CANCELLED;
  }

  public boolean isOverdue(Instant now) {
    return (status == HelpStatus.OPEN || status == HelpStatus.TAKEN) && now.isAfter(dueAt);
  }

  private void requireOpen() {
    if (status == HelpStatus.DONE || status == HelpStatus.CANCELLED) {
      throw new Conflict(new Message(TEXTS, "help.closed." + status));
    }
  }

  public UUID getObservationId() {
    return observationId;
  }

  public UUID getHouseholdId() {
    return householdId;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public String getAddress() {
    return address;
  }

  public String getAskedFor() {
    return askedFor;
  }

  public HelpKind getKind() {
    return kind;
  }

  public String getDetails() {
    return details;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public AskedBy getAskedBy() {
    return askedBy;
  }

  public HelpStatus getStatus() {
    return status;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public String getTakerAccount() {
    return takerAccount;
  }

  public UUID getTakerId() {
    return takerId;
  }

  public String getTakerName() {
    return takerName;
  }

  public Instant getTakenAt() {
    return takenAt;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getNote() {
    return note;
  }

  public BigDecimal getAdvanced() {
    return advanced;
  }

  public BigDecimal getRepaid() {
    return repaid;
  }

  public String getCancelReason() {
    return cancelReason;
  }
}
