package org.qunfang.hotline.setup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** A counselling team; its counsellors read each other's calls. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "team", schema = "hotline")
@NamedQuery(name = Team.ALL, query = "select t from Team t order by t.name")
@NamedQuery(name = Team.BY_NAME, query = "select t from Team t where t.name = :name")
public class Team extends AuditedEntity {

  public static final String ALL = "Team.all";
  public static final String BY_NAME = "Team.byName";

  @Column(name = "name", nullable = false, length = 60)
  private String name;

  /** An association, not a UUID attribute: EclipseLink cannot bind a null UUID. */
  @ManyToOne
  @JoinColumn(name = "agency_id")
  private Agency agency;

  protected Team() {}

  public Team(String name, Agency agency) {
    this.name = name;
    this.agency = agency;
  }

  public String getName() {
    return name;
  }

  public Agency getAgency() {
    return agency;
  }
}
