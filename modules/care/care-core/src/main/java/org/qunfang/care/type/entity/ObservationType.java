package org.qunfang.care.type.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.care.api.type.TypeDefinition;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** A type of observation of the district's reference list (居家医学观察, 居家健康监测 …). */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "observation_type", schema = "care")
@NamedQuery(
    name = ObservationType.ALL,
    query = "select t from ObservationType t order by t.active desc, t.name")
@NamedQuery(
    name = ObservationType.BY_NAME,
    query = "select t from ObservationType t where t.name = :name")
public class ObservationType extends AuditedEntity {

  public static final String ALL = "ObservationType.all";
  public static final String BY_NAME = "ObservationType.byName";

  @Column(name = "type_name", nullable = false, length = 30)
  private String name;

  @Column(name = "name_en", nullable = false, length = 60)
  private String nameEn;

  @Embedded private ObservationRules rules;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  protected ObservationType() {}

  public ObservationType(TypeDefinition definition) {
    define(definition);
  }

  public final void define(TypeDefinition definition) {
    this.name = definition.name().strip();
    this.nameEn = definition.nameEn().strip();
    this.rules = new ObservationRules(definition);
  }

  public void withdraw() {
    active = false;
  }

  public TypeDefinition definition() {
    return rules.definition(name, nameEn);
  }

  public ObservationRules getRules() {
    return rules;
  }

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }
}
