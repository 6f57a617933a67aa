package org.qunfang.grid.household.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.grid.api.Relation;
import org.qunfang.grid.api.ResidenceType;
import org.qunfang.grid.api.ResidentStatus;
import org.qunfang.grid.api.Sex;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.pii.EncryptedString;
import org.qunfang.kernel.pii.Personal;
import org.qunfang.kernel.pii.Pii;

/**
 * A person of a household. ID number and phone are encrypted, each with a keyed hash beside it: the
 * ID hash is unique, so a person is recorded once and found without decrypting any row.
 */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "resident", schema = "grid")
@NamedQuery(
    name = Resident.OF_HOUSEHOLD,
    query =
        "select r from Resident r where r.gridId = :grid and r.householdId = :household"
            + " and r.status = org.qunfang.grid.api.ResidentStatus.PRESENT order by r.birthDate")
@NamedQuery(name = Resident.BY_ID_HASH, query = "select r from Resident r where r.idHash = :hash")
@NamedQuery(
    name = Resident.PER_GRID,
    query =
        "select r.gridId, count(r) from Resident r"
            + " where r.divisionCode >= :lo and r.divisionCode < :hi"
            + " and r.status = org.qunfang.grid.api.ResidentStatus.PRESENT group by r.gridId")
public class Resident extends AuditedEntity {

  public static final String PER_GRID = "Resident.perGrid";

  public static final String OF_HOUSEHOLD = "Resident.ofHousehold";
  public static final String BY_ID_HASH = "Resident.byIdHash";

  @Column(name = "household_id", nullable = false)
  private UUID householdId;

  @Column(name = "grid_id", nullable = false)
  private UUID gridId;

  @AuditArea
  @Column(name = "division_code", nullable = false, length = 12)
  private String divisionCode;

  @Personal(Personal.Kind.NAME)
  @Column(name = "person_name", nullable = false, length = 30)
  private String name;

  @Personal(Personal.Kind.ID_NUMBER)
  @Convert(converter = EncryptedString.class)
  @Column(name = "id_number", updatable = false, length = 200)
  private String idNumber;

  @Column(name = "id_hash", updatable = false, length = 64)
  private String idHash;

  @Personal(Personal.Kind.MOBILE)
  @Convert(converter = EncryptedString.class)
  @Column(name = "phone", length = 200)
  private String phone;

  @Column(name = "phone_hash", length = 64)
  private String phoneHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false, updatable = false, length = 6)
  private Sex sex;

  @Column(name = "birth_date", nullable = false, updatable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "relation", nullable = false, length = 16)
  private Relation relation;

  @Enumerated(EnumType.STRING)
  @Column(name = "residence_type", nullable = false, length = 24)
  private ResidenceType residenceType;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(
      name = "resident_tag",
      schema = "grid",
      joinColumns = @JoinColumn(name = "resident_id"))
  @Column(name = "tag_code", length = 32)
  private Set<String> tags = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ResidentStatus status = ResidentStatus.PRESENT;

  @Column(name = "left_on")
  private LocalDate leftOn;

  protected Resident() {}

  public Resident(
      Household household,
      String name,
      String idNumber,
      Sex sex,
      LocalDate birthDate,
      Relation relation,
      ResidenceType residenceType) {
    this.householdId = household.getId();
    this.gridId = household.getGridId();
    this.divisionCode = household.getDivisionCode();
    this.name = name;
    this.idNumber = idNumber;
    this.idHash = Pii.protection().lookupHash(idNumber);
    this.sex = sex;
    this.birthDate = birthDate;
    this.relation = relation;
    this.residenceType = residenceType;
  }

  public void describe(
      String name, String phone, Relation relation, ResidenceType type, Set<String> tags) {
    this.name = name;
    if (phone != null) { // none given keeps the one recorded: it is shown masked, never in full
      this.phone = phone;
      this.phoneHash = Pii.protection().lookupHash(phone);
    }
    this.relation = relation;
    this.residenceType = type;
    this.tags.retainAll(tags);
    this.tags.addAll(tags);
  }

  /** Moves to another household, perhaps of another grid; someone who had left is back. */
  public void moveTo(Household household, Relation relation) {
    this.householdId = household.getId();
    this.gridId = household.getGridId();
    this.divisionCode = household.getDivisionCode();
    this.relation = relation;
    this.status = ResidentStatus.PRESENT;
    this.leftOn = null;
  }

  /** Leaves the register: moved away or deceased, on {@code day}. */
  public void leave(ResidentStatus why, LocalDate day) {
    if (why == ResidentStatus.PRESENT) {
      throw new IllegalArgumentException("Leaving needs a reason other than PRESENT");
    }
    this.status = why;
    this.leftOn = day;
  }

  /** Adds a tag (care's 居家健康监测, say) without touching the others. */
  public void tag(String code) {
    tags.add(code);
  }

  public void untag(String code) {
    tags.remove(code);
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

  public String getName() {
    return name;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public String getPhone() {
    return phone;
  }

  public Sex getSex() {
    return sex;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Relation getRelation() {
    return relation;
  }

  public ResidenceType getResidenceType() {
    return residenceType;
  }

  public Set<String> getTags() {
    return Set.copyOf(tags);
  }

  public ResidentStatus getStatus() {
    return status;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }
}
