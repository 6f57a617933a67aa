package org.qunfang.grid.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.grid.api.StaffRole;
import org.qunfang.grid.api.StaffSource;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.pii.EncryptedString;
import org.qunfang.kernel.pii.Personal;
import org.qunfang.kernel.pii.Pii;

/**
 * Someone on a grid from a moment until another. The phone is encrypted, with a keyed hash beside
 * it for lookup; ending an assignment is the only change it takes.
 */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "assignment", schema = "grid")
@NamedQuery(
    name = Assignment.OF_GRID,
    query = "select a from Assignment a where a.gridId = :grid" + " order by a.since desc")
public class Assignment extends AuditedEntity {

  public static final String OF_GRID = "Assignment.ofGrid";

  @Column(name = "grid_id", nullable = false, updatable = false)
  private UUID gridId;

  @Enumerated(EnumType.STRING)
  @Column(name = "staff_role", nullable = false, updatable = false, length = 8)
  private StaffRole role;

  @Personal(Personal.Kind.NAME)
  @Column(name = "person_name", nullable = false, updatable = false, length = 30)
  private String name;

  @Personal(Personal.Kind.MOBILE)
  @Convert(converter = EncryptedString.class)
  @Column(name = "phone", nullable = false, updatable = false, length = 200)
  private String phone;

  @Column(name = "phone_hash", nullable = false, updatable = false, length = 64)
  private String phoneHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, updatable = false, length = 16)
  private StaffSource source;

  @Column(name = "account", updatable = false, length = 64)
  private String account;

  @Column(name = "since", nullable = false, updatable = false)
  private Instant since;

  @Column(name = "until")
  private Instant until;

  protected Assignment() {}

  public Assignment(
      Grid grid, String name, String phone, StaffSource source, String account, Instant since) {
    this.gridId = grid.getId();
    this.role = grid.staffRole();
    this.name = name;
    this.phone = phone;
    this.phoneHash = Pii.protection().lookupHash(phone);
    this.source = source;
    this.account = account == null || account.isBlank() ? null : account;
    this.since = since;
  }

  public boolean isCurrent() {
    return until == null;
  }

  /** Ends the assignment; false when it had already ended. */
  public boolean end(Instant when) {
    if (until != null) {
      return false;
    }
    until = when;
    return true;
  }

  public UUID getGridId() {
    return gridId;
  }

  public StaffRole getRole() {
    return role;
  }

  public String getName() {
    return name;
  }

  public String getPhone() {
    return phone;
  }

  public StaffSource getSource() {
    return source;
  }

  public String getAccount() {
    return account;
  }

  public Instant getSince() {
    return since;
  }

  public Instant getUntil() {
    return until;
  }
}
