package org.qunfang.grid.household.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** A household (户) of a small grid; its members are {@link Resident}s. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "household", schema = "grid")
@NamedQuery(
    name = Household.OF_GRID,
    query = "select h from Household h where h.gridId = :grid order by h.address, h.room, h.id")
@NamedQuery(
    name = Household.PER_GRID,
    query =
        "select h.gridId, count(h) from Household h"
            + " where h.divisionCode >= :lo and h.divisionCode < :hi group by h.gridId")
public class Household extends AuditedEntity {

  public static final String OF_GRID = "Household.ofGrid";
  public static final String PER_GRID = "Household.perGrid";

  @Column(name = "grid_id", nullable = false, updatable = false)
  private UUID gridId;

  /** The small grid's community, copied so that area filters need no join. */
  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  /** A relation rather than an id: EclipseLink 4.0 refuses a null UUID attribute. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "building_id")
  private Building building;

  @Column(name = "address", nullable = false, length = 200)
  private String address;

  @Column(name = "room", length = 30)
  private String room;

  protected Household() {}

  public Household(
      UUID gridId, String divisionCode, Building building, String address, String room) {
    this.gridId = gridId;
    this.divisionCode = divisionCode;
    this.building = building;
    this.address = address;
    this.room = room;
  }

  public void relocate(Building building, String address, String room) {
    this.building = building;
    this.address = address;
    this.room = room;
  }

  public UUID getGridId() {
    return gridId;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public UUID getBuildingId() {
    return building == null ? null : building.getId();
  }

  public String getAddress() {
    return address;
  }

  public String getRoom() {
    return room;
  }

  /** Address and room as one line, e.g. "东湖路12号 3-201". */
  public String fullAddress() {
    return room == null || room.isBlank() ? address : address + " " + room;
  }
}
