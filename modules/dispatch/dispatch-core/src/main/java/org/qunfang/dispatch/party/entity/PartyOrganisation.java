package org.qunfang.dispatch.party.entity;

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
import org.qunfang.dispatch.api.party.OrganisationKind;
import org.qunfang.dispatch.api.party.PlaceKind;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.entity.OptionalReference;

/**
 * A temporary committee or branch, as approved. Dissolving it sets the day; the record and its
 * members' history stay.
 */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "party_organisation", schema = "dispatch")
@NamedQuery(
    name = PartyOrganisation.IN_AREA,
    query =
        "select o from PartyOrganisation o where o.divisionCode >= :lo and o.divisionCode < :hi"
            + " order by o.kind, o.divisionCode, o.name")
@NamedQuery(
    name = PartyOrganisation.BY_NAME,
    query = "select o from PartyOrganisation o where o.divisionCode = :area and o.name = :name")
@NamedQuery(
    name = PartyOrganisation.ACTIVE_BRANCHES_IN_AREA,
    query =
        "select o from PartyOrganisation o where o.kind = :branch and o.dissolvedOn is null"
            + " and o.divisionCode >= :lo and o.divisionCode < :hi")
public class PartyOrganisation extends AuditedEntity {

  public static final String IN_AREA = "PartyOrganisation.inArea";
  public static final String BY_NAME = "PartyOrganisation.byName";
  public static final String ACTIVE_BRANCHES_IN_AREA = "PartyOrganisation.activeBranchesInArea";

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 24)
  private OrganisationKind kind;

  @Column(name = "org_name", nullable = false, length = 60)
  private String name;

  @Convert(converter = OptionalReference.class)
  @Column(name = "parent_id", updatable = false)
  private UUID parentId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "place_kind", updatable = false, length = 16)
  private PlaceKind placeKind;

  @Convert(converter = OptionalReference.class)
  @Column(name = "place_id", updatable = false)
  private UUID placeId;

  @Column(name = "approved_by", nullable = false, length = 100)
  private String approvedBy;

  @Column(name = "document_number", nullable = false, length = 60)
  private String documentNumber;

  @Column(name = "set_up_on", nullable = false)
  private LocalDate setUpOn;

  @Column(name = "dissolved_on")
  private LocalDate dissolvedOn;

  @Convert(converter = OptionalReference.class)
  @Column(name = "secretary_id")
  private UUID secretaryId;

  @Convert(converter = OptionalReference.class)
  @Column(name = "deputy_id")
  private UUID deputyId;

  protected PartyOrganisation() {}

  public PartyOrganisation(
      OrganisationKind kind,
      String name,
      UUID parentId,
      String area,
      PlaceKind placeKind,
      UUID placeId,
      String approvedBy,
      String documentNumber,
      LocalDate setUpOn) {
    this.kind = kind;
    this.name = name;
    this.parentId = parentId;
    this.divisionCode = area;
    this.placeKind = placeKind;
    this.placeId = placeId;
    this.approvedBy = approvedBy;
    this.documentNumber = documentNumber;
    this.setUpOn = setUpOn;
  }

  public void lead(UUID secretary, UUID deputy) {
    this.secretaryId = secretary;
    this.deputyId = deputy;
  }

  public void dissolve(LocalDate on) {
    this.dissolvedOn = on;
  }

  public boolean isActive() {
    return dissolvedOn == null;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public UUID getParentId() {
    return parentId;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public PlaceKind getPlaceKind() {
    return placeKind;
  }

  public UUID getPlaceId() {
    return placeId;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public LocalDate getSetUpOn() {
    return setUpOn;
  }

  public LocalDate getDissolvedOn() {
    return dissolvedOn;
  }

  public UUID getSecretaryId() {
    return secretaryId;
  }

  public UUID getDeputyId() {
    return deputyId;
  }
}
