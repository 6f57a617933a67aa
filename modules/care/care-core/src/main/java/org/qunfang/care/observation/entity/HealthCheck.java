package org.qunfang.care.observation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.care.api.check.CheckStatus;
import org.qunfang.care.api.check.Measurer;
import org.qunfang.care.api.type.CheckSlot;
import org.qunfang.care.api.type.Symptom;
import org.qunfang.care.type.entity.ObservationRules;
import org.qunfang.care.type.entity.SymptomSet;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.pii.EncryptedString;
import org.qunfang.kernel.pii.Personal;

/**
 * A check of someone under observation: expected in a slot of a day (generated at placement) until
 * it is recorded or its window closes, or an extra check with no slot. {@code pending} marks an
 * expected check not yet recorded nor found missed, so the missed-check watch reads one index range
 * however long the history grows. Temperature, symptoms and note are health information, encrypted
 * at rest.
 */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "health_check", schema = "care")
@NamedQuery(
    name = HealthCheck.OF_OBSERVATION,
    query =
        "select c from HealthCheck c where c.observationId = :observation"
            + " order by c.day, c.opensAt, c.checkedAt")
@NamedQuery(
    name = HealthCheck.ON_DAY,
    query =
        "select c from HealthCheck c where c.observationId = :observation and c.day = :day"
            + " order by c.opensAt, c.checkedAt")
@NamedQuery(
    name = HealthCheck.PENDING_AFTER,
    query =
        "delete from HealthCheck c where c.observationId = :observation and c.pending = true"
            + " and c.day > :day")
@NamedQuery(
    name = HealthCheck.PENDING_FROM,
    query =
        "delete from HealthCheck c where c.observationId = :observation and c.pending = true"
            + " and c.closesAt > :from")
@NamedQuery(
    name = HealthCheck.UNRECORDED_COUNTS,
    query =
        "select c.observationId, count(c) from HealthCheck c where c.observationId in :observations"
            + " and c.pending = true and c.closesAt <= :now group by c.observationId")
@NamedQuery(
    name = HealthCheck.ABNORMAL_PEOPLE,
    query =
        "select c.divisionCode, count(distinct c.observationId) from HealthCheck c"
            + " where c.divisionCode >= :lo and c.divisionCode < :hi and c.day = :day"
            + " and c.status = :abnormal group by c.divisionCode")
@NamedQuery(
    name = HealthCheck.MISSED,
    query =
        "select c.divisionCode, count(c) from HealthCheck c where c.divisionCode >= :lo"
            + " and c.divisionCode < :hi and c.day = :day and c.missedAt is not null"
            + " group by c.divisionCode")
@NamedQuery(
    name = HealthCheck.DUE_ON,
    query =
        "select c from HealthCheck c where c.observationId in :observations and c.day = :day"
            + " and c.slot is not null order by c.opensAt")
public class HealthCheck extends AuditedEntity {

  public static final String OF_OBSERVATION = "HealthCheck.ofObservation";
  public static final String ON_DAY = "HealthCheck.onDay";
  public static final String PENDING_AFTER = "HealthCheck.pendingAfter";
  public static final String PENDING_FROM = "HealthCheck.pendingFrom";
  public static final String DUE_ON = "HealthCheck.dueOn";
  public static final String UNRECORDED_COUNTS = "HealthCheck.unrecordedCounts";
  public static final String ABNORMAL_PEOPLE = "HealthCheck.abnormalPeople";
  public static final String MISSED = "HealthCheck.missed";

  @Column(name = "observation_id", nullable = false, updatable = false)
  private UUID observationId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "check_day", nullable = false, updatable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(name = "slot", updatable = false, length = 16)
  private CheckSlot slot;

  @Column(name = "opens_at", updatable = false)
  private Instant opensAt;

  @Column(name = "closes_at", updatable = false)
  private Instant closesAt;

  @Column(name = "pending", nullable = false)
  private boolean pending;

  @Column(name = "checked_at")
  private Instant checkedAt;

  @Personal(Personal.Kind.HEALTH)
  @Convert(converter = EncryptedString.class)
  @Column(name = "temperature", length = 200)
  private String temperature;

  @Personal(Personal.Kind.HEALTH)
  @Convert(converter = EncryptedString.class)
  @Column(name = "symptoms", length = 400)
  private String symptoms;

  @Enumerated(EnumType.STRING)
  @Column(name = "measured_by", length = 16)
  private Measurer measuredBy;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16)
  private CheckStatus status;

  @Personal(Personal.Kind.HEALTH)
  @Convert(converter = EncryptedString.class)
  @Column(name = "note", length = 600)
  private String note;

  @Column(name = "too_close", nullable = false)
  private boolean tooClose;

  @Column(name = "missed_at")
  private Instant missedAt;

  protected HealthCheck() {}

  /** The check expected in a slot of a day. */
  public static HealthCheck expected(Observation observation, ObservationRules.Due due) {
    HealthCheck check = new HealthCheck(observation, due.day());
    check.slot = due.slot();
    check.opensAt = due.opens();
    check.closesAt = due.closes();
    check.pending = true;
    return check;
  }

  /** A check outside the slots: a recheck after an alert, say. */
  public static HealthCheck extra(Observation observation, LocalDate day) {
    return new HealthCheck(observation, day);
  }

  private HealthCheck(Observation observation, LocalDate day) {
    this.observationId = observation.getId();
    this.divisionCode = observation.getDivisionCode();
    this.day = day;
  }

  /**
   * Records what was found. A seen person whose reading breaks the rules is abnormal whatever was
   * chosen; {@code tooClose} is the caller's finding about the day's other checks.
   */
  public void record(
      Instant at,
      BigDecimal reading,
      Set<Symptom> found,
      Measurer by,
      String recorder,
      CheckStatus outcome,
      String text,
      ObservationRules rules,
      boolean close) {
    this.checkedAt = at;
    this.temperature = reading == null ? null : reading.toPlainString();
    this.symptoms = SymptomSet.text(found);
    this.measuredBy = by;
    this.recordedBy = recorder;
    this.status =
        outcome == CheckStatus.SEEN && rules.abnormal(reading, found)
            ? CheckStatus.ABNORMAL
            : outcome;
    this.note = text;
    this.tooClose = close;
    this.pending = false;
  }

  /** Whether the window holds {@code at}. */
  public boolean holds(Instant at) {
    return slot != null && !at.isBefore(opensAt) && at.isBefore(closesAt);
  }

  public boolean isRecorded() {
    return checkedAt != null;
  }

  public UUID getObservationId() {
    return observationId;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public LocalDate getDay() {
    return day;
  }

  public CheckSlot getSlot() {
    return slot;
  }

  public Instant getOpensAt() {
    return opensAt;
  }

  public Instant getClosesAt() {
    return closesAt;
  }

  public boolean isPending() {
    return pending;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }

  public BigDecimal getTemperature() {
    return temperature == null ? null : new BigDecimal(temperature);
  }

  public Set<Symptom> getSymptoms() {
    return SymptomSet.parse(symptoms);
  }

  public Measurer getMeasuredBy() {
    return measuredBy;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public CheckStatus getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public boolean isTooClose() {
    return tooClose;
  }

  public Instant getMissedAt() {
    return missedAt;
  }
}
