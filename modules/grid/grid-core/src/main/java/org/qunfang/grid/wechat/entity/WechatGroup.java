package org.qunfang.grid.wechat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** A small grid's WeChat group and how many of its households joined. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "wechat_group", schema = "grid")
@NamedQuery(
    name = WechatGroup.IN_AREA,
    query =
        "select w from WechatGroup w where w.divisionCode >= :lo and w.divisionCode < :hi"
            + " order by w.divisionCode, w.name")
@NamedQuery(
    name = WechatGroup.PER_GRID,
    query =
        "select w.gridId, count(w), sum(w.householdsCovered) from WechatGroup w"
            + " where w.divisionCode >= :lo and w.divisionCode < :hi group by w.gridId")
@NamedQuery(
    name = WechatGroup.COVERED_IN_GRID,
    query =
        "select coalesce(sum(w.householdsCovered), 0) from WechatGroup w"
            + " where w.gridId = :grid and w.id <> :except")
public class WechatGroup extends AuditedEntity {

  public static final String IN_AREA = "WechatGroup.inArea";
  public static final String PER_GRID = "WechatGroup.perGrid";
  public static final String COVERED_IN_GRID = "WechatGroup.coveredInGrid";

  @Column(name = "grid_id", nullable = false, updatable = false)
  private UUID gridId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "name", nullable = false, length = 60)
  private String name;

  @Column(name = "administrator", nullable = false, length = 30)
  private String administrator;

  @Column(name = "households_covered", nullable = false)
  private int householdsCovered;

  protected WechatGroup() {}

  public WechatGroup(UUID gridId, String divisionCode) {
    this.gridId = gridId;
    this.divisionCode = divisionCode;
  }

  public void describe(String name, String administrator, int householdsCovered) {
    this.name = name;
    this.administrator = administrator;
    this.householdsCovered = householdsCovered;
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

  public String getAdministrator() {
    return administrator;
  }

  public int getHouseholdsCovered() {
    return householdsCovered;
  }
}
