package org.qunfang.hotline.setup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.hotline.api.setup.Qualification;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.pii.Personal;

/** A counsellor of a team, linked to their user account when they log calls themselves. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "counsellor", schema = "hotline")
@NamedQuery(name = Counsellor.ALL, query = "select c from Counsellor c order by c.name")
@NamedQuery(
    name = Counsellor.BY_ACCOUNT,
    query = "select c from Counsellor c where c.account = :account")
public class Counsellor extends AuditedEntity {

  public static final String ALL = "Counsellor.all";
  public static final String BY_ACCOUNT = "Counsellor.byAccount";

  @Personal(Personal.Kind.NAME)
  @Column(name = "name", nullable = false, length = 30)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "qualification", nullable = false, length = 32)
  private Qualification qualification;

  @Column(name = "team_id", nullable = false)
  private UUID teamId;

  @Column(name = "account", length = 64)
  private String account;

  protected Counsellor() {}

  public Counsellor(String name, Qualification qualification, UUID teamId, String account) {
    this.name = name;
    this.qualification = qualification;
    this.teamId = teamId;
    this.account = account;
  }

  public String getName() {
    return name;
  }

  public Qualification getQualification() {
    return qualification;
  }

  public UUID getTeamId() {
    return teamId;
  }

  public String getAccount() {
    return account;
  }
}
