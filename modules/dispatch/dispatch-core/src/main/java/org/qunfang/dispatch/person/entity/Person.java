package org.qunfang.dispatch.person.entity;

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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.dispatch.api.person.Availability;
import org.qunfang.dispatch.api.person.Membership;
import org.qunfang.dispatch.api.person.PartyStanding;
import org.qunfang.dispatch.api.person.Secondment;
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.dispatch.api.person.Volunteering;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.pii.EncryptedString;
import org.qunfang.kernel.pii.Personal;
import org.qunfang.kernel.pii.Pii;

/**
 * Someone who serves: a party member, a cadre sent down, a volunteer — or more than one of these.
 * ID number and mobile are encrypted with keyed hashes beside them; the ID hash is unique, so no
 * one is entered twice.
 */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "person", schema = "dispatch")
@NamedQuery(name = Person.WITH_IDS, query = "select p from Person p where p.id in :ids")
@NamedQuery(name = Person.NAMES, query = "select p.id, p.name from Person p where p.id in :ids")
@NamedQuery(
    name = Person.ALL_IN_AREA,
    query = "select p from Person p where p.divisionCode >= :lo and p.divisionCode < :hi")
@NamedQuery(
    name = Person.ID_HASHES_AMONG,
    query = "select p.idHash from Person p where p.idHash in :hashes")
@NamedQuery(name = Person.BY_ID_HASH, query = "select p from Person p where p.idHash = :hash")
@NamedQuery(name = Person.BY_ACCOUNT, query = "select p from Person p where p.account = :account")
@NamedQuery(
    name = Person.IN_AREA,
    query =
        "select p from Person p where p.divisionCode >= :lo and p.divisionCode < :hi"
            + " and p.name like :name order by p.name, p.id")
@NamedQuery(
    name = Person.IN_AREA_WITH_SKILL,
    query =
        "select p from Person p join p.skills s where p.divisionCode >= :lo"
            + " and p.divisionCode < :hi and s = :skill and p.name like :name"
            + " order by p.name, p.id")
public class Person extends AuditedEntity {

  public static final String NAMES = "Person.names";
  public static final String WITH_IDS = "Person.withIds";
  public static final String ALL_IN_AREA = "Person.allInArea";
  public static final String BY_ID_HASH = "Person.byIdHash";
  public static final String ID_HASHES_AMONG = "Person.idHashesAmong";
  public static final String BY_ACCOUNT = "Person.byAccount";
  public static final String IN_AREA = "Person.inArea";
  public static final String IN_AREA_WITH_SKILL = "Person.inAreaWithSkill";

  @AuditArea
  @Column(name = "division_code", nullable = false, length = 12)
  private String divisionCode;

  @Personal(Personal.Kind.NAME)
  @Column(name = "person_name", nullable = false, length = 30, updatable = false)
  private String name;

  @Personal(Personal.Kind.ID_NUMBER)
  @Convert(converter = EncryptedString.class)
  @Column(name = "id_number", nullable = false, updatable = false, length = 200)
  private String idNumber;

  @Column(name = "id_hash", nullable = false, updatable = false, length = 64)
  private String idHash;

  @Personal(Personal.Kind.MOBILE)
  @Convert(converter = EncryptedString.class)
  @Column(name = "mobile", nullable = false, length = 200)
  private String mobile;

  @Column(name = "mobile_hash", nullable = false, length = 64)
  private String mobileHash;

  @Column(name = "employer", length = 100)
  private String employer;

  @Column(name = "account", length = 64)
  private String account;

  @Column(name = "party_organisation", length = 100)
  private String partyOrganisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "party_standing", length = 16)
  private PartyStanding partyStanding;

  @Column(name = "report_community", length = 12)
  private String reportCommunity;

  @Column(name = "seconded_unit", length = 100)
  private String secondedUnit;

  @Column(name = "seconded_order", length = 60)
  private String secondedOrder;

  @Column(name = "seconded_from")
  private LocalDate secondedFrom;

  @Column(name = "seconded_until")
  private LocalDate secondedUntil;

  @Column(name = "volunteer_consented_on")
  private LocalDate volunteerConsentedOn;

  @Column(name = "volunteer_team", length = 60)
  private String volunteerTeam;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @Enumerated(EnumType.STRING)
  @CollectionTable(
      name = "person_skill",
      schema = "dispatch",
      joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "skill", length = 16)
  private Set<Skill> skills = new HashSet<>();

  @Convert(converter = WindowList.class)
  @Column(name = "windows", nullable = false, length = 400)
  private List<Availability> windows = List.of();

  protected Person() {}

  public Person(String name, String idNumber, String area) {
    this.name = name;
    this.idNumber = idNumber;
    this.idHash = Pii.protection().lookupHash(idNumber);
    this.divisionCode = area;
  }

  /** Everything about them that may change later. */
  public void describe(
      String mobile,
      String employer,
      String account,
      Set<Skill> skills,
      List<Availability> windows,
      Membership party,
      Secondment secondment,
      Volunteering volunteering) {
    this.mobile = mobile;
    this.mobileHash = Pii.protection().lookupHash(mobile);
    this.employer = employer;
    this.account = account;
    this.skills.retainAll(skills);
    this.skills.addAll(skills);
    this.windows = List.copyOf(windows);
    this.partyOrganisation = party == null ? null : party.organisation();
    this.partyStanding = party == null ? null : party.standing();
    this.reportCommunity = party == null ? null : party.reportCommunity();
    this.secondedUnit = secondment == null ? null : secondment.unit();
    this.secondedOrder = secondment == null ? null : secondment.order();
    this.secondedFrom = secondment == null ? null : secondment.from();
    this.secondedUntil = secondment == null ? null : secondment.until();
    this.volunteerConsentedOn = volunteering == null ? null : volunteering.consentedOn();
    this.volunteerTeam = volunteering == null ? null : volunteering.team();
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

  public String getMobile() {
    return mobile;
  }

  public String getEmployer() {
    return employer;
  }

  public String getAccount() {
    return account;
  }

  public Set<Skill> getSkills() {
    return skills.isEmpty() ? Set.of() : EnumSet.copyOf(skills);
  }

  public List<Availability> getWindows() {
    return windows;
  }

  public Membership getParty() {
    return partyStanding == null
        ? null
        : new Membership(partyOrganisation, partyStanding, reportCommunity);
  }

  public boolean isFullPartyMember() {
    return partyStanding == PartyStanding.FULL;
  }

  public String getReportCommunity() {
    return reportCommunity;
  }

  public Secondment getSecondment() {
    return secondedUnit == null
        ? null
        : new Secondment(secondedUnit, secondedOrder, secondedFrom, secondedUntil);
  }

  public Volunteering getVolunteering() {
    return volunteerConsentedOn == null
        ? null
        : new Volunteering(volunteerConsentedOn, volunteerTeam);
  }
}
