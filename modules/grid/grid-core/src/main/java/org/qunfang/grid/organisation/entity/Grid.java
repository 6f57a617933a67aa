package org.qunfang.grid.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.grid.api.GridKind;
import org.qunfang.grid.api.StaffRole;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** A big or small grid, coded after CJ/T 349-2010: its division's code and a sequence. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "grid", schema = "grid")
@NamedQuery(
    name = Grid.IN_AREA,
    query = "select g from Grid g where g.divisionCode like :area order by g.code")
@NamedQuery(
    name = Grid.LAST_SEQUENCE,
    query =
        "select coalesce(max(g.sequence), 0) from Grid g"
            + " where g.divisionCode = :division and g.kind = :kind")
@NamedQuery(
    name = Grid.ASSIGNED_TO,
    query =
        "select distinct g from Grid g, Assignment a where a.gridId = g.id"
            + " and a.account = :account and a.until is null")
@NamedQuery(
    name = Grid.IN_RANGE,
    query =
        "select g from Grid g where g.divisionCode >= :lo and g.divisionCode < :hi"
            + " order by g.code")
@NamedQuery(name = Grid.SMALL_OF, query = "select g from Grid g where g.parent = :big")
public class Grid extends AuditedEntity {

  public static final String IN_AREA = "Grid.inArea";
  public static final String IN_RANGE = "Grid.inRange";
  public static final String ASSIGNED_TO = "Grid.assignedTo";
  public static final String SMALL_OF = "Grid.smallOf";
  public static final String LAST_SEQUENCE = "Grid.lastSequence";

  @Column(name = "code", nullable = false, unique = true, updatable = false, length = 16)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 8)
  private GridKind kind;

  @Column(name = "name", nullable = false, length = 60)
  private String name;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  /**
   * A relation within the module, not a bare id: EclipseLink 4.0's UUID converter rejects a null
   * UUID attribute, and a big grid has no parent.
   */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id", updatable = false)
  private Grid parent;

  @Column(name = "sequence_no", nullable = false, updatable = false)
  private int sequence;

  protected Grid() {}

  private Grid(GridKind kind, String name, String divisionCode, Grid parent, int sequence) {
    this.kind = kind;
    this.name = name;
    this.divisionCode = divisionCode;
    this.parent = parent;
    this.sequence = sequence;
    this.code = divisionCode + String.format(kind == GridKind.BIG ? "%04d" : "%03d", sequence);
  }

  /** A big grid of a township: code = township code (9) + four-digit sequence. */
  public static Grid big(String township, String name, int sequence) {
    return new Grid(GridKind.BIG, name, township, null, sequence);
  }

  /** A small grid of a community within its big grid: community code (12) + three digits. */
  public static Grid small(Grid big, String community, String name, int sequence) {
    return new Grid(GridKind.SMALL, name, community, big, sequence);
  }

  /** True when the community lies in this big grid's township. */
  public boolean holds(String community) {
    return kind == GridKind.BIG && community.startsWith(divisionCode);
  }

  /** A big grid has a leader (网格长); a small grid has members (网格员). */
  public StaffRole staffRole() {
    return kind == GridKind.BIG ? StaffRole.LEADER : StaffRole.MEMBER;
  }

  public String getCode() {
    return code;
  }

  public GridKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public UUID getParentId() {
    return parent == null ? null : parent.getId();
  }
}
