package org.qunfang.grid.checkpoint.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.grid.api.checkpoint.CheckpointKind;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** A checkpoint (卡点) of a small grid, how it is staffed and whether it still stands. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "checkpoint", schema = "grid")
@NamedQuery(
    name = Checkpoint.IN_AREA,
    query =
        "select c from Checkpoint c where c.divisionCode >= :lo and c.divisionCode < :hi"
            + " order by c.divisionCode, c.name")
public class Checkpoint extends AuditedEntity {

  public static final String IN_AREA = "Checkpoint.inArea";

  @Column(name = "grid_id", nullable = false, updatable = false)
  private UUID gridId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "name", nullable = false, updatable = false, length = 60)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 16)
  private CheckpointKind kind;

  @Column(name = "location", nullable = false, length = 200)
  private String location;

  @Column(name = "round_the_clock", nullable = false)
  private boolean roundTheClock;

  @Column(name = "opens_at")
  private LocalTime opensAt;

  @Column(name = "closes_at")
  private LocalTime closesAt;

  @Column(name = "closed_management", nullable = false)
  private boolean closedManagement;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected Checkpoint() {}

  public Checkpoint(UUID gridId, String divisionCode, String name, CheckpointKind kind) {
    this.gridId = gridId;
    this.divisionCode = divisionCode;
    this.name = name;
    this.kind = kind;
  }

  /** Round the clock, or from {@code opensAt} to {@code closesAt}; the times are then kept. */
  public void run(
      String location,
      boolean roundTheClock,
      LocalTime opensAt,
      LocalTime closesAt,
      boolean closedManagement,
      boolean active) {
    this.location = location;
    this.roundTheClock = roundTheClock;
    this.opensAt = roundTheClock ? null : opensAt;
    this.closesAt = roundTheClock ? null : closesAt;
    this.closedManagement = closedManagement;
    this.active = active;
  }

  /** "24小时" or "07:00-22:00", as ledgers print it. */
  public String hours() {
    return roundTheClock ? "24小时" : opensAt + "-" + closesAt;
  }

  public UUID getGridId() {
    return gridId;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public String getName() {
    return name;
  }

  public CheckpointKind getKind() {
    return kind;
  }

  public String getLocation() {
    return location;
  }

  public boolean isRoundTheClock() {
    return roundTheClock;
  }

  public LocalTime getOpensAt() {
    return opensAt;
  }

  public LocalTime getClosesAt() {
    return closesAt;
  }

  public boolean isClosedManagement() {
    return closedManagement;
  }

  public boolean isActive() {
    return active;
  }
}
