package org.qunfang.grid.screening.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.grid.api.screening.FollowUp;
import org.qunfang.grid.api.screening.NewArrival;
import org.qunfang.grid.household.entity.Resident;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.pii.EncryptedString;
import org.qunfang.kernel.pii.Personal;
import org.qunfang.kernel.pii.Pii;

/**
 * An arrival (来(返)人员) registered in a small grid, followed up until cleared; linked to the person's
 * household-register record once filed (建档).
 */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "arrival", schema = "grid")
@NamedQuery(
    name = Arrival.IN_AREA,
    query =
        "select a from Arrival a where a.divisionCode >= :lo and a.divisionCode < :hi"
            + " order by a.arrivalDate desc, a.createdAt desc")
@NamedQuery(
    name = Arrival.IN_AREA_WITH_STATUS,
    query =
        "select a from Arrival a where a.divisionCode >= :lo and a.divisionCode < :hi"
            + " and a.status = :status order by a.arrivalDate desc, a.createdAt desc")
@NamedQuery(
    name = Arrival.COUNT_WITH_STATUS,
    query =
        "select count(a) from Arrival a where a.divisionCode >= :lo and a.divisionCode < :hi"
            + " and a.status = :status")
@NamedQuery(
    name = Arrival.PER_GRID,
    query =
        "select a.gridId, a.status, count(a) from Arrival a"
            + " where a.divisionCode >= :lo and a.divisionCode < :hi group by a.gridId, a.status")
@NamedQuery(
    name = Arrival.FILED_PER_GRID,
    query =
        "select a.gridId, count(a) from Arrival a where a.divisionCode >= :lo"
            + " and a.divisionCode < :hi and a.resident is not null group by a.gridId")
public class Arrival extends AuditedEntity {

  public static final String IN_AREA_WITH_STATUS = "Arrival.inAreaWithStatus";

  public static final String IN_AREA = "Arrival.inArea";
  public static final String COUNT_WITH_STATUS = "Arrival.countWithStatus";
  public static final String PER_GRID = "Arrival.perGrid";
  public static final String FILED_PER_GRID = "Arrival.filedPerGrid";

  @Column(name = "grid_id", nullable = false, updatable = false)
  private UUID gridId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Personal(Personal.Kind.NAME)
  @Column(name = "person_name", nullable = false, updatable = false, length = 30)
  private String name;

  @Personal(Personal.Kind.ID_NUMBER)
  @Convert(converter = EncryptedString.class)
  @Column(name = "id_number", updatable = false, length = 200)
  private String idNumber;

  @Column(name = "id_hash", updatable = false, length = 64)
  private String idHash;

  @Personal(Personal.Kind.MOBILE)
  @Convert(converter = EncryptedString.class)
  @Column(name = "phone", nullable = false, updatable = false, length = 200)
  private String phone;

  @Column(name = "origin", nullable = false, updatable = false, length = 100)
  private String origin;

  @Column(name = "arrival_date", nullable = false, updatable = false)
  private LocalDate arrivalDate;

  @Column(name = "address", nullable = false, updatable = false, length = 200)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 24)
  private FollowUp status = FollowUp.PENDING;

  @Column(name = "note", length = 500)
  private String note;

  /** A relation rather than an id: EclipseLink 4.0 refuses a null UUID attribute. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "resident_id")
  private Resident resident;

  protected Arrival() {}

  public Arrival(UUID gridId, String divisionCode, NewArrival arrival) {
    this.gridId = gridId;
    this.divisionCode = divisionCode;
    this.name = arrival.name();
    this.idNumber = arrival.idNumber();
    this.idHash = Pii.protection().lookupHash(arrival.idNumber());
    this.phone = arrival.phone();
    this.origin = arrival.origin();
    this.arrivalDate = arrival.arrivalDate();
    this.address = arrival.address();
    this.note = arrival.note();
  }

  public void follow(FollowUp status, String note) {
    this.status = status;
    this.note = note;
  }

  /** 建档: the person's record in the household register. */
  public void file(Resident resident) {
    this.resident = resident;
  }

  public UUID getGridId() {
    return gridId;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public String getName() {
    return name;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public String getPhone() {
    return phone;
  }

  public String getOrigin() {
    return origin;
  }

  public LocalDate getArrivalDate() {
    return arrivalDate;
  }

  public String getAddress() {
    return address;
  }

  public FollowUp getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public UUID getResidentId() {
    return resident == null ? null : resident.getId();
  }
}
