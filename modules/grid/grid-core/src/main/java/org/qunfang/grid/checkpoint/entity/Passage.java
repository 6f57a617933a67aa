package org.qunfang.grid.checkpoint.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.grid.api.checkpoint.HealthCode;
import org.qunfang.grid.api.checkpoint.NewPassage;
import org.qunfang.grid.api.checkpoint.Subject;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.time.Beijing;

/** One passage through a checkpoint; the log is append-only. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "passage", schema = "grid")
@NamedQuery(
    name = Passage.OF_DAY,
    query =
        "select p from Passage p where p.checkpointId = :checkpoint and p.passedOn = :day"
            + " order by p.passedAt desc")
@NamedQuery(
    name = Passage.DAILY,
    query =
        "select p.passedOn, p.subject, p.flagged, p.healthCode, count(p) from Passage p"
            + " where p.checkpointId = :checkpoint and p.passedOn between :from and :to"
            + " group by p.passedOn, p.subject, p.flagged, p.healthCode")
@NamedQuery(
    name = Passage.DAILY_IN_AREA,
    query =
        "select p.passedOn, p.subject, p.flagged, p.healthCode, count(p) from Passage p"
            + " where p.divisionCode >= :lo and p.divisionCode < :hi"
            + " and p.passedOn between :from and :to"
            + " group by p.passedOn, p.subject, p.flagged, p.healthCode")
@NamedQuery(
    name = Passage.FLAGGED_ON,
    query =
        "select count(p) from Passage p where p.divisionCode >= :lo and p.divisionCode < :hi"
            + " and p.passedOn = :day and p.flagged = true")
@NamedQuery(
    name = Passage.FLAGGED_IN_AREA,
    query =
        "select p from Passage p where p.divisionCode >= :lo and p.divisionCode < :hi"
            + " and p.passedOn = :day and p.flagged = true order by p.passedAt desc")
@NamedQuery(
    name = Passage.PER_CHECKPOINT,
    query =
        "select p.checkpointId, p.flagged, count(p) from Passage p"
            + " where p.divisionCode >= :lo and p.divisionCode < :hi"
            + " and p.passedOn between :from and :to group by p.checkpointId, p.flagged")
public class Passage extends AuditedEntity {

  public static final String FLAGGED_ON = "Passage.flaggedOn";
  public static final String FLAGGED_IN_AREA = "Passage.flaggedInArea";
  public static final String OF_DAY = "Passage.ofDay";
  public static final String DAILY = "Passage.daily";
  public static final String DAILY_IN_AREA = "Passage.dailyInArea";
  public static final String PER_CHECKPOINT = "Passage.perCheckpoint";

  @Column(name = "checkpoint_id", nullable = false, updatable = false)
  private UUID checkpointId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject", nullable = false, updatable = false, length = 8)
  private Subject subject;

  @Column(name = "vehicle_plate", updatable = false, length = 12)
  private String vehiclePlate;

  @Column(name = "temperature", nullable = false, updatable = false, precision = 3, scale = 1)
  private BigDecimal temperature;

  @Column(name = "flagged", nullable = false, updatable = false)
  private boolean flagged;

  @Enumerated(EnumType.STRING)
  @Column(name = "health_code", nullable = false, updatable = false, length = 8)
  private HealthCode healthCode;

  @Column(name = "id_registered", nullable = false, updatable = false)
  private boolean idRegistered;

  @Column(name = "passed_at", nullable = false, updatable = false)
  private Instant passedAt;

  @Column(name = "passed_on", nullable = false, updatable = false)
  private LocalDate passedOn;

  protected Passage() {}

  public Passage(Checkpoint checkpoint, NewPassage entry, Instant when) {
    this.checkpointId = checkpoint.getId();
    this.divisionCode = checkpoint.getDivisionCode();
    this.subject = entry.subject();
    this.vehiclePlate = entry.vehiclePlate();
    this.temperature = entry.temperature();
    this.flagged = entry.temperature().compareTo(NewPassage.FEVER) >= 0;
    this.healthCode = entry.healthCode();
    this.idRegistered = entry.idRegistered();
    this.passedAt = when;
    this.passedOn = Beijing.dayOf(when);
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  /** The day in Beijing it counts for in the daily figures. */
  public LocalDate getPassedOn() {
    return passedOn;
  }

  public UUID getCheckpointId() {
    return checkpointId;
  }

  public Subject getSubject() {
    return subject;
  }

  public String getVehiclePlate() {
    return vehiclePlate;
  }

  public BigDecimal getTemperature() {
    return temperature;
  }

  public boolean isFlagged() {
    return flagged;
  }

  public HealthCode getHealthCode() {
    return healthCode;
  }

  public boolean isIdRegistered() {
    return idRegistered;
  }

  public Instant getPassedAt() {
    return passedAt;
  }
}
