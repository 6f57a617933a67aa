package org.qunfang.hotline.setup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** A social-work agency (社工机构). */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "agency", schema = "hotline")
@NamedQuery(name = Agency.ALL, query = "select a from Agency a order by a.name")
@NamedQuery(name = Agency.BY_NAME, query = "select a from Agency a where a.name = :name")
public class Agency extends AuditedEntity {

  public static final String ALL = "Agency.all";
  public static final String BY_NAME = "Agency.byName";

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  protected Agency() {}

  public Agency(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }
}
