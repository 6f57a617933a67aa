package org.qunfang.dispatch.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.primefaces.model.StreamedContent;
import org.qunfang.dispatch.api.person.AvailabilityPreset;
import org.qunfang.dispatch.api.person.Membership;
import org.qunfang.dispatch.api.person.NewPerson;
import org.qunfang.dispatch.api.person.PartyStanding;
import org.qunfang.dispatch.api.person.PersonView;
import org.qunfang.dispatch.api.person.Registry;
import org.qunfang.dispatch.api.person.Secondment;
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.dispatch.api.person.Volunteering;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.reports.api.FormalReports;
import org.qunfang.reports.api.IssuedReport;
import org.qunfang.reports.api.ReportPdf;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.web.api.area.AreaPicker;
import org.qunfang.web.api.faces.Downloads;
import org.qunfang.web.api.faces.PageMessages;

/** 人员库: the people who serve in an area, and a dispatcher's form to enter someone once. */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Registry registry;
  @Inject transient PageMessages messages;
  @Inject transient FormalReports reports;
  @Inject AreaPicker areas;

  private String area;
  private String nameFilter;
  private Skill skillFilter;
  private List<PersonView> people = List.of();

  private String name;
  private String idNumber;
  private String mobile;
  private String home;
  private String employer;
  private String account;
  private List<Skill> skills = new ArrayList<>();
  private AvailabilityPreset availability = AvailabilityPreset.ANY_TIME;
  private boolean partyMember;
  private String partyOrganisation;
  private PartyStanding standing = PartyStanding.FULL;
  private String reportCommunity;
  private boolean cadre;
  private String unit;
  private LocalDate secondedFrom = Beijing.today();
  private LocalDate secondedUntil;
  private boolean volunteer = true;
  private LocalDate consentedOn = Beijing.today();
  private String team;

  @PostConstruct
  void load() {
    area = areas.getCurrent();
    home = area;
    search();
  }

  public void search() {
    try {
      people = registry.list(area, nameFilter, skillFilter);
    } catch (Problem | EJBException refused) {
      people = List.of();
      messages.problem(refused);
    }
  }

  public void register() {
    try {
      PersonView added =
          registry.register(
              new NewPerson(
                  name,
                  idNumber,
                  mobile,
                  home,
                  employer,
                  account,
                  Set.copyOf(skills),
                  availability.windows(),
                  partyMember
                      ? new Membership(partyOrganisation, standing, blank(reportCommunity))
                      : null,
                  cadre ? new Secondment(unit, null, secondedFrom, secondedUntil) : null,
                  volunteer ? new Volunteering(consentedOn, blank(team)) : null));
      messages.info("people.registered", added.name());
      name = null;
      idNumber = null;
      mobile = null;
      account = null;
      search();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  /** Issues the person's 志愿服务证明 in their area's name and hands over the PDF. */
  public StreamedContent certificate(PersonView person) {
    try {
      IssuedReport issued =
          reports.issue(
              new ReportRequest(
                  "dispatch-certificate", person.area(), null, null, null, person.id()));
      messages.info("people.certified", person.name(), issued.documentNumber());
      ReportPdf pdf = reports.download(issued.id());
      return Downloads.file(pdf.fileName(), Downloads.PDF, pdf.content());
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
      return null;
    }
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public Skill[] getAllSkills() {
    return Skill.values();
  }

  public PartyStanding[] getStandings() {
    return PartyStanding.values();
  }

  public AvailabilityPreset[] getPresets() {
    return AvailabilityPreset.values();
  }

  // getters and setters for the form

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getNameFilter() {
    return nameFilter;
  }

  public void setNameFilter(String nameFilter) {
    this.nameFilter = nameFilter;
  }

  public Skill getSkillFilter() {
    return skillFilter;
  }

  public void setSkillFilter(Skill skillFilter) {
    this.skillFilter = skillFilter;
  }

  public List<PersonView> getPeople() {
    return people;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public String getHome() {
    return home;
  }

  public void setHome(String home) {
    this.home = home;
  }

  public String getEmployer() {
    return employer;
  }

  public void setEmployer(String employer) {
    this.employer = employer;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  public List<Skill> getSkills() {
    return skills;
  }

  public void setSkills(List<Skill> skills) {
    this.skills = skills;
  }

  public AvailabilityPreset getAvailability() {
    return availability;
  }

  public void setAvailability(AvailabilityPreset availability) {
    this.availability = availability;
  }

  public boolean isPartyMember() {
    return partyMember;
  }

  public void setPartyMember(boolean partyMember) {
    this.partyMember = partyMember;
  }

  public String getPartyOrganisation() {
    return partyOrganisation;
  }

  public void setPartyOrganisation(String partyOrganisation) {
    this.partyOrganisation = partyOrganisation;
  }

  public PartyStanding getStanding() {
    return standing;
  }

  public void setStanding(PartyStanding standing) {
    this.standing = standing;
  }

  public String getReportCommunity() {
    return reportCommunity;
  }

  public void setReportCommunity(String reportCommunity) {
    this.reportCommunity = reportCommunity;
  }

  public boolean isCadre() {
    return cadre;
  }

  public void setCadre(boolean cadre) {
    this.cadre = cadre;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public LocalDate getSecondedFrom() {
    return secondedFrom;
  }

  public void setSecondedFrom(LocalDate secondedFrom) {
    this.secondedFrom = secondedFrom;
  }

  public LocalDate getSecondedUntil() {
    return secondedUntil;
  }

  public void setSecondedUntil(LocalDate secondedUntil) {
    this.secondedUntil = secondedUntil;
  }

  public boolean isVolunteer() {
    return volunteer;
  }

  public void setVolunteer(boolean volunteer) {
    this.volunteer = volunteer;
  }

  public LocalDate getConsentedOn() {
    return consentedOn;
  }

  public void setConsentedOn(LocalDate consentedOn) {
    this.consentedOn = consentedOn;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }
}
