package org.qunfang.grid.sweep.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** A household's visit in a sweep: one per household and campaign, edited on a revisit. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "sweep_visit", schema = "grid")
@NamedQuery(
    name = SweepVisit.OF_GRID,
    query =
        "select v from SweepVisit v where v.sweepId = :sweep and v.gridId = :grid"
            + " order by v.visitedAt desc")
@NamedQuery(
    name = SweepVisit.OF_HOUSEHOLD,
    query = "select v from SweepVisit v where v.sweepId = :sweep and v.householdId = :household")
@NamedQuery(
    name = SweepVisit.PER_GRID,
    query =
        "select v.gridId, count(v), sum(v.personsSeen) from SweepVisit v where v.sweepId = :sweep"
            + " group by v.gridId")
public class SweepVisit extends AuditedEntity {

  public static final String OF_GRID = "SweepVisit.ofGrid";
  public static final String OF_HOUSEHOLD = "SweepVisit.ofHousehold";
  public static final String PER_GRID = "SweepVisit.perGrid";

  @Column(name = "sweep_id", nullable = false, updatable = false)
  private UUID sweepId;

  @Column(name = "household_id", nullable = false, updatable = false)
  private UUID householdId;

  @Column(name = "grid_id", nullable = false, updatable = false)
  private UUID gridId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "persons_seen", nullable = false)
  private int personsSeen;

  @Column(name = "contacts_verified", nullable = false)
  private int contactsVerified;

  @Column(name = "notes", length = 500)
  private String notes;

  @Column(name = "visited_at", nullable = false)
  private Instant visitedAt;

  protected SweepVisit() {}

  public SweepVisit(
      UUID sweepId, UUID householdId, UUID gridId, String divisionCode, Instant visitedAt) {
    this.sweepId = sweepId;
    this.householdId = householdId;
    this.gridId = gridId;
    this.divisionCode = divisionCode;
    this.visitedAt = visitedAt;
  }

  public void record(int personsSeen, int contactsVerified, String notes) {
    this.personsSeen = personsSeen;
    this.contactsVerified = contactsVerified;
    this.notes = notes;
  }

  public UUID getSweepId() {
    return sweepId;
  }

  public UUID getHouseholdId() {
    return householdId;
  }

  public UUID getGridId() {
    return gridId;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public int getPersonsSeen() {
    return personsSeen;
  }

  public int getContactsVerified() {
    return contactsVerified;
  }

  public String getNotes() {
    return notes;
  }

  public Instant getVisitedAt() {
    return visitedAt;
  }
}
