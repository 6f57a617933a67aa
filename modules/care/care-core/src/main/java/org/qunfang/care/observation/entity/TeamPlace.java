package org.qunfang.care.observation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.care.api.team.TeamRole;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/**
 * Someone of the dispatch registry holding a place of an observed person's care team from {@code
 * from} until {@code until} (open while they hold it). Their name and account are copied, so "the
 * people in my care" needs no call to dispatch.
 */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "team_place", schema = "care")
@NamedQuery(
    name = TeamPlace.OF_OBSERVATION,
    query =
        "select p from TeamPlace p where p.observationId = :observation order by p.from, p.role")
@NamedQuery(
    name = TeamPlace.CURRENT_OF,
    query =
        "select p from TeamPlace p where p.observationId in :observations and p.until is null"
            + " order by p.role")
@NamedQuery(
    name = TeamPlace.LOADS,
    query =
        "select p.personId, count(p) from TeamPlace p where p.personId in :people"
            + " and p.until is null group by p.personId")
@NamedQuery(
    name = TeamPlace.HELD_BY,
    query =
        "select count(p) from TeamPlace p where p.observationId = :observation"
            + " and p.account = :account and p.until is null")
public class TeamPlace extends AuditedEntity {

  public static final String OF_OBSERVATION = "TeamPlace.ofObservation";
  public static final String CURRENT_OF = "TeamPlace.currentOf";
  public static final String LOADS = "TeamPlace.loads";
  public static final String HELD_BY = "TeamPlace.heldBy";

  @Column(name = "observation_id", nullable = false, updatable = false)
  private UUID observationId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "team_role", nullable = false, updatable = false, length = 16)
  private TeamRole role;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "person_name", nullable = false, updatable = false, length = 30)
  private String personName;

  @Column(name = "account", updatable = false, length = 64)
  private String account;

  @Column(name = "from_at", nullable = false, updatable = false)
  private Instant from;

  @Column(name = "until_at")
  private Instant until;

  protected TeamPlace() {}

  public TeamPlace(
      Observation observation,
      TeamRole role,
      UUID personId,
      String personName,
      String account,
      Instant from) {
    this.observationId = observation.getId();
    this.divisionCode = observation.getDivisionCode();
    this.role = role;
    this.personId = personId;
    this.personName = personName;
    this.account = account;
    this.from = from;
  }

  public void leave(Instant at) {
    this.until = at;
  }

  public boolean isHeld() {
    return until == null;
  }

  public UUID getObservationId() {
    return observationId;
  }

  public TeamRole getRole() {
    return role;
  }

  public UUID getPersonId() {
    return personId;
  }

  public String getPersonName() {
    return personName;
  }

  public String getAccount() {
    return account;
  }

  public Instant getFrom() {
    return from;
  }

  public Instant getUntil() {
    return until;
  }
}
