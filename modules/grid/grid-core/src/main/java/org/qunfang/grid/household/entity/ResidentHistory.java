package org.qunfang.grid.household.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.grid.api.ResidentEvent;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.entity.OptionalReference;

/**
 * One event of a resident's life on the register: a move between households (the addresses as they
 * were, so the history reads right after a household changes), or their leaving. Written once,
 * never changed.
 */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "resident_history", schema = "grid")
@NamedQuery(
    name = ResidentHistory.OF_RESIDENT,
    query =
        "select h from ResidentHistory h where h.residentId = :resident"
            + " order by h.day, h.createdAt")
public class ResidentHistory extends AuditedEntity {

  public static final String OF_RESIDENT = "ResidentHistory.ofResident";

  @Column(name = "resident_id", nullable = false, updatable = false)
  private UUID residentId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 16)
  private ResidentEvent event;

  @Column(name = "on_day", nullable = false, updatable = false)
  private LocalDate day;

  @Convert(converter = OptionalReference.class)
  @Column(name = "from_household_id", updatable = false)
  private UUID fromHousehold;

  @Convert(converter = OptionalReference.class)
  @Column(name = "to_household_id", updatable = false)
  private UUID toHousehold;

  @Column(name = "from_address", updatable = false, length = 240)
  private String fromAddress;

  @Column(name = "to_address", updatable = false, length = 240)
  private String toAddress;

  @Column(name = "note", updatable = false, length = 200)
  private String note;

  protected ResidentHistory() {}

  /** A move from one household to another. */
  public static ResidentHistory moved(
      Resident resident, Household from, Household to, LocalDate day, String note) {
    ResidentHistory h = new ResidentHistory(resident, ResidentEvent.MOVED, day, note);
    h.divisionCode = to.getDivisionCode();
    h.fromHousehold = from == null ? null : from.getId();
    h.fromAddress = from == null ? null : from.fullAddress();
    h.toHousehold = to.getId();
    h.toAddress = to.fullAddress();
    return h;
  }

  /** Leaving the register from {@code from}. */
  public static ResidentHistory left(
      Resident resident, ResidentEvent event, Household from, LocalDate day, String note) {
    ResidentHistory h = new ResidentHistory(resident, event, day, note);
    h.fromHousehold = from == null ? null : from.getId();
    h.fromAddress = from == null ? null : from.fullAddress();
    return h;
  }

  private ResidentHistory(Resident resident, ResidentEvent event, LocalDate day, String note) {
    this.residentId = resident.getId();
    this.divisionCode = resident.getDivisionCode();
    this.event = event;
    this.day = day;
    this.note = note == null || note.isBlank() ? null : note.strip();
  }

  public ResidentEvent getEvent() {
    return event;
  }

  public LocalDate getDay() {
    return day;
  }

  public String getFromAddress() {
    return fromAddress;
  }

  public String getToAddress() {
    return toAddress;
  }

  public String getNote() {
    return note;
  }
}
