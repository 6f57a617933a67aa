package org.qunfang.grid.household.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** A building (楼栋) or hamlet of a small grid that grid members sweep. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "building", schema = "grid")
@NamedQuery(
    name = Building.OF_GRID,
    query = "select b from Building b where b.gridId = :grid order by b.name")
public class Building extends AuditedEntity {

  public static final String OF_GRID = "Building.ofGrid";

  @Column(name = "grid_id", nullable = false, updatable = false)
  private UUID gridId;

  @Column(name = "name", nullable = false, length = 60)
  private String name;

  @Column(name = "address", length = 200)
  private String address;

  protected Building() {}

  public Building(UUID gridId, String name, String address) {
    this.gridId = gridId;
    this.name = name;
    this.address = address;
  }

  public UUID getGridId() {
    return gridId;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }
}
