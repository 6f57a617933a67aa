package org.qunfang.grid.division.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.area.DivisionLevel;

/**
 * An administrative division. Reference data keyed by its statistical code, which never changes
 * meaning; only the name may be corrected by a later edition of the codes.
 */
@Entity
@Table(name = "division", schema = "grid")
@NamedQuery(
    name = Division.SUBTREE,
    query = "select d from Division d where d.code like :prefix order by d.code")
@NamedQuery(
    name = Division.CHILDREN,
    query = "select d from Division d where d.parentCode = :code order by d.code")
@NamedQuery(
    name = Division.SEARCH,
    query =
        "select d from Division d where d.code like :scope"
            + " and (d.name like :name or d.code like :code) order by d.code")
public class Division {

  public static final String SUBTREE = "Division.subtree";
  public static final String CHILDREN = "Division.children";
  public static final String SEARCH = "Division.search";

  @Id
  @Column(name = "code", length = 12)
  private String code;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "division_level", nullable = false, length = 12)
  private DivisionLevel level;

  @Column(name = "parent_code", length = 12)
  private String parentCode;

  protected Division() {}

  public Division(DivisionCode code, String name) {
    this.code = code.value();
    this.name = name;
    this.level = code.level();
    this.parentCode = code.parent().map(DivisionCode::value).orElse(null);
  }

  /** Takes a corrected name; true when it differed. */
  public boolean rename(String newName) {
    if (name.equals(newName)) {
      return false;
    }
    name = newName;
    return true;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public DivisionLevel getLevel() {
    return level;
  }

  public String getParentCode() {
    return parentCode;
  }
}
