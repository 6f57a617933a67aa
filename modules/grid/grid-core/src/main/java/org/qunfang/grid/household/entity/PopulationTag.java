package org.qunfang.grid.household.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Reference data: a special-population tag. Seeded by migration, extended by administrators. */
@Entity
@Table(name = "population_tag", schema = "grid")
@NamedQuery(
    name = PopulationTag.ALL,
    query = "select t from PopulationTag t order by t.builtIn desc, t.code")
public class PopulationTag {

  public static final String ALL = "PopulationTag.all";

  @Id
  @Column(name = "code", length = 32)
  private String code;

  @Column(name = "name_zh", nullable = false, length = 30)
  private String nameZh;

  @Column(name = "name_en", nullable = false, length = 60)
  private String nameEn;

  @Column(name = "built_in", nullable = false, updatable = false)
  private boolean builtIn;

  protected PopulationTag() {}

  public PopulationTag(String code, String nameZh, String nameEn) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public String getCode() {
    return code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public boolean isBuiltIn() {
    return builtIn;
  }
}
