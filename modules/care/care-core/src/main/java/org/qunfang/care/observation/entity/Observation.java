package org.qunfang.care.observation.entity;

import static org.qunfang.care.api.CareTexts.TEXTS;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.care.api.observation.ObservationStatus;
import org.qunfang.care.api.observation.Reason;
import org.qunfang.care.type.entity.ObservationRules;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.entity.OptionalReference;
import org.qunfang.kernel.pii.Personal;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.Message;

/**
 * A resident under home observation for a period, with the rules of their type as they were at
 * placement. {@code runningResident} holds the resident's id while the observation runs, and a
 * unique key on it makes "observed once at a time" hold even when two officers race.
 */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "observation", schema = "care")
@NamedQuery(
    name = Observation.RUNNING_OF,
    query = "select o from Observation o where o.runningResident = :resident")
@NamedQuery(
    name = Observation.IN_AREA,
    query =
        "select o from Observation o where o.divisionCode >= :lo and o.divisionCode < :hi"
            + " and o.name like :name order by o.startDate desc, o.name")
@NamedQuery(
    name = Observation.IN_AREA_WITH_STATUS,
    query =
        "select o from Observation o where o.divisionCode >= :lo and o.divisionCode < :hi"
            + " and o.status = :status and o.name like :name order by o.startDate desc, o.name")
@NamedQuery(
    name = Observation.DUE_IN_AREA,
    query =
        "select o from Observation o where o.divisionCode >= :lo and o.divisionCode < :hi"
            + " and o.runningResident is not null and o.plannedEnd <= :today"
            + " order by o.plannedEnd, o.name")
@NamedQuery(
    name = Observation.PLACED_ON,
    query =
        "select o.divisionCode, count(o) from Observation o where o.divisionCode >= :lo"
            + " and o.divisionCode < :hi and o.startDate = :day group by o.divisionCode")
@NamedQuery(
    name = Observation.PLACED_BY,
    query =
        "select o.divisionCode, count(o) from Observation o where o.divisionCode >= :lo"
            + " and o.divisionCode < :hi and o.startDate <= :day group by o.divisionCode")
@NamedQuery(
    name = Observation.ENDED_BETWEEN,
    query =
        "select o.divisionCode, count(o) from Observation o where o.divisionCode >= :lo"
            + " and o.divisionCode < :hi and o.status = :status and o.endedAt >= :from"
            + " and o.endedAt < :until group by o.divisionCode")
@NamedQuery(
    name = Observation.ENDED_BEFORE,
    query =
        "select o.divisionCode, count(o) from Observation o where o.divisionCode >= :lo"
            + " and o.divisionCode < :hi and o.status = :status and o.endedAt < :until"
            + " group by o.divisionCode")
@NamedQuery(
    name = Observation.OBSERVED_AT,
    query =
        "select o.divisionCode, count(o) from Observation o where o.divisionCode >= :lo"
            + " and o.divisionCode < :hi and o.startDate <= :day"
            + " and (o.endedAt is null or o.endedAt >= :until) group by o.divisionCode")
@NamedQuery(
    name = Observation.RUNNING_COUNT,
    query =
        "select count(o) from Observation o where o.divisionCode >= :lo and o.divisionCode < :hi"
            + " and o.runningResident is not null")
@NamedQuery(
    name = Observation.OVER_COUNT,
    query =
        "select count(o) from Observation o where o.divisionCode >= :lo and o.divisionCode < :hi"
            + " and o.runningResident is not null and o.plannedEnd <= :today")
@NamedQuery(
    name = Observation.CARED_BY,
    query =
        "select o from Observation o where o.status = :status and o.id in (select p.observationId"
            + " from TeamPlace p where p.account = :account and p.until is null)"
            + " order by o.name")
public class Observation extends AuditedEntity {

  public static final String RUNNING_OF = "Observation.runningOf";
  public static final String IN_AREA = "Observation.inArea";
  public static final String IN_AREA_WITH_STATUS = "Observation.inAreaWithStatus";
  public static final String CARED_BY = "Observation.caredBy";
  public static final String DUE_IN_AREA = "Observation.dueInArea";
  public static final String PLACED_ON = "Observation.placedOn";
  public static final String RUNNING_COUNT = "Observation.runningCount";
  public static final String OVER_COUNT = "Observation.overCount";
  public static final String PLACED_BY = "Observation.placedBy";
  public static final String ENDED_BETWEEN = "Observation.endedBetween";
  public static final String ENDED_BEFORE = "Observation.endedBefore";
  public static final String OBSERVED_AT = "Observation.observedAt";

  @Column(name = "resident_id", nullable = false, updatable = false)
  private UUID residentId;

  @Convert(converter = OptionalReference.class)
  @Column(name = "running_resident", unique = true)
  private UUID runningResident;

  @AuditArea
  @Column(name = "division_code", nullable = false, length = 12)
  private String divisionCode;

  @Personal(Personal.Kind.NAME)
  @Column(name = "person_name", nullable = false, length = 30)
  private String name;

  @Column(name = "masked_id_number", length = 18)
  private String maskedIdNumber;

  @Column(name = "address", length = 200)
  private String address;

  @Column(name = "type_id", nullable = false, updatable = false)
  private UUID typeId;

  @Column(name = "type_name", nullable = false, updatable = false, length = 30)
  private String typeName;

  @Embedded private ObservationRules rules;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false, length = 32)
  private Reason reason;

  @Column(name = "details", length = 100)
  private String details;

  @Column(name = "start_date", nullable = false, updatable = false)
  private LocalDate startDate;

  @Column(name = "planned_end", nullable = false)
  private LocalDate plannedEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ObservationStatus status = ObservationStatus.OBSERVED;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_note", length = 200)
  private String endNote;

  protected Observation() {}

  /** Someone of the register, observed under a type's rules (copied) from {@code start}. */
  public Observation(
      Resident resident,
      UUID typeId,
      String typeName,
      ObservationRules rules,
      Reason reason,
      String details,
      LocalDate start) {
    this.residentId = resident.id();
    this.runningResident = resident.id();
    this.divisionCode = resident.divisionCode();
    this.name = resident.name();
    this.maskedIdNumber = resident.maskedIdNumber();
    this.address = resident.address();
    this.typeId = typeId;
    this.typeName = typeName;
    this.rules = rules.copy();
    this.reason = reason;
    this.details = details;
    this.startDate = start;
    this.plannedEnd = this.rules.lastDay(start);
  }

  /** The resident as care copies them at placement: names and address for its lists. */
  public record Resident(
      UUID id, String divisionCode, String name, String maskedIdNumber, String address) {}

  public boolean isRunning() {
    return status == ObservationStatus.OBSERVED;
  }

  /** Refuses a change to an observation that has ended. */
  public void requireRunning() {
    if (!isRunning()) {
      throw new Conflict(new Message(TEXTS, "observation.ended", name));
    }
  }

  /** Whether {@code day} lies within the period as it now stands. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(startDate) && !day.isAfter(plannedEnd);
  }

  /** Day 1 is the first; 0 before the start. */
  public int dayNumber(LocalDate day) {
    return day.isBefore(startDate) ? 0 : (int) ChronoUnit.DAYS.between(startDate, day) + 1;
  }

  public void moveEnd(LocalDate to) {
    this.plannedEnd = to;
  }

  /** Ends the observation; the resident may be observed again afterwards. */
  public void end(ObservationStatus outcome, Instant at, String note) {
    requireRunning();
    this.status = outcome;
    this.endedAt = at;
    this.endNote = note;
    this.runningResident = null;
  }

  public UUID getResidentId() {
    return residentId;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public String getName() {
    return name;
  }

  public String getMaskedIdNumber() {
    return maskedIdNumber;
  }

  public String getAddress() {
    return address;
  }

  public UUID getTypeId() {
    return typeId;
  }

  public String getTypeName() {
    return typeName;
  }

  public ObservationRules getRules() {
    return rules;
  }

  public Reason getReason() {
    return reason;
  }

  public String getDetails() {
    return details;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getPlannedEnd() {
    return plannedEnd;
  }

  public ObservationStatus getStatus() {
    return status;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getEndNote() {
    return endNote;
  }
}
