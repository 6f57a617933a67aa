package org.qunfang.dispatch.party.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** Someone's belonging to an organisation from one day, until the day they leave. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "organisation_member", schema = "dispatch")
@NamedQuery(
    name = OrganisationMember.OF,
    query =
        "select m from OrganisationMember m where m.organisationId in :organisations"
            + " order by m.joinedOn, m.id")
@NamedQuery(
    name = OrganisationMember.CURRENT_IN_AREA,
    query =
        "select m from OrganisationMember m where m.leftOn is null and m.divisionCode >= :lo"
            + " and m.divisionCode < :hi")
public class OrganisationMember extends AuditedEntity {

  public static final String OF = "OrganisationMember.of";
  public static final String CURRENT_IN_AREA = "OrganisationMember.currentInArea";

  @Column(name = "organisation_id", nullable = false, updatable = false)
  private UUID organisationId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "joined_on", nullable = false, updatable = false)
  private LocalDate joinedOn;

  @Column(name = "left_on")
  private LocalDate leftOn;

  protected OrganisationMember() {}

  public OrganisationMember(PartyOrganisation organisation, UUID personId, LocalDate joinedOn) {
    this.organisationId = organisation.getId();
    this.divisionCode = organisation.getDivisionCode();
    this.personId = personId;
    this.joinedOn = joinedOn;
  }

  public void leave(LocalDate on) {
    if (leftOn == null) {
      leftOn = on;
    }
  }

  public boolean isCurrent() {
    return leftOn == null;
  }

  public UUID getOrganisationId() {
    return organisationId;
  }

  public UUID getPersonId() {
    return personId;
  }

  public LocalDate getJoinedOn() {
    return joinedOn;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }
}
