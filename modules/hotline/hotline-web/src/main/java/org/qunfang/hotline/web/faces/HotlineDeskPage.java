package org.qunfang.hotline.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.qunfang.hotline.api.call.CallLog;
import org.qunfang.hotline.api.call.CallRow;
import org.qunfang.hotline.api.call.CallView;
import org.qunfang.hotline.api.call.FollowUpDone;
import org.qunfang.hotline.api.call.FollowUpView;
import org.qunfang.hotline.api.call.Review;
import org.qunfang.hotline.api.setup.AgencyView;
import org.qunfang.hotline.api.setup.CounsellorView;
import org.qunfang.hotline.api.setup.DutyView;
import org.qunfang.hotline.api.setup.HotlineSetup;
import org.qunfang.hotline.api.setup.HotlineView;
import org.qunfang.hotline.api.setup.NewAgency;
import org.qunfang.hotline.api.setup.NewCounsellor;
import org.qunfang.hotline.api.setup.NewDuty;
import org.qunfang.hotline.api.setup.NewHotline;
import org.qunfang.hotline.api.setup.NewTeam;
import org.qunfang.hotline.api.setup.Qualification;
import org.qunfang.hotline.api.setup.TeamView;
import org.qunfang.hotline.api.stats.NewServiceCount;
import org.qunfang.hotline.api.stats.ServiceMode;
import org.qunfang.hotline.api.stats.ServiceRow;
import org.qunfang.hotline.api.stats.ServiceStatistics;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.faces.LanguageSwitch;
import org.qunfang.web.api.faces.PageMessages;
import org.qunfang.web.api.rest.RecordSheets;

/**
 * 热线管理: what supervisors (and counsellors, as far as they may) do around the calls: reviews of
 * high-risk calls, follow-ups, the roster, the service's set-up, service statistics and the export
 * of records with a reason.
 */
@Named
@ViewScoped
public class HotlineDeskPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CallLog calls;
  @Inject transient HotlineSetup setup;
  @Inject transient ServiceStatistics statistics;
  @Inject transient PageMessages messages;
  @Inject transient LanguageSwitch language;

  private List<CallRow> pending = List.of();
  private CallView reviewing;
  private String reviewNote;
  private List<FollowUpView> followUps = List.of();
  private final Map<UUID, String> outcomes = new HashMap<>();

  private List<HotlineView> lines = List.of();
  private List<AgencyView> agencies = List.of();
  private List<TeamView> teams = List.of();
  private List<CounsellorView> counsellors = List.of();
  private List<DutyView> roster = List.of();
  private List<ServiceRow> services = List.of();

  private final NewLine line = new NewLine();
  private String agencyName;
  private String teamName;
  private UUID teamAgency;
  private String counsellorName;
  private Qualification qualification = Qualification.PSYCHOLOGICAL_COUNSELLOR;
  private UUID counsellorTeam;
  private String counsellorAccount;
  private UUID dutyLine;
  private UUID dutyCounsellor;
  private LocalDateTime dutyStarts;
  private LocalDateTime dutyEnds;
  private UUID serviceAgency;
  private LocalDate serviceDay = Beijing.today();
  private ServiceMode serviceMode = ServiceMode.OFFLINE;
  private Integer personTimes;
  private LocalDate exportFrom = Beijing.today().minusDays(6);
  private LocalDate exportTo = Beijing.today();
  private String exportReason;

  /** A new line's fields. */
  public static class NewLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String number;
    private boolean roundTheClock = true;
    private String hours;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getNumber() {
      return number;
    }

    public void setNumber(String number) {
      this.number = number;
    }

    public boolean isRoundTheClock() {
      return roundTheClock;
    }

    public void setRoundTheClock(boolean roundTheClock) {
      this.roundTheClock = roundTheClock;
    }

    public String getHours() {
      return hours;
    }

    public void setHours(String hours) {
      this.hours = hours;
    }
  }

  @PostConstruct
  void load() {
    // only those who may read calls ask for them: anyone else's asking is audited as a refusal
    if (inRole("HOTLINE_COUNSELLOR") || inRole("HOTLINE_SUPERVISOR")) {
      pending = quietly(calls::pendingReviews, List.of());
      followUps = quietly(() -> calls.followUps(false), List.of());
    } else {
      pending = List.of();
      followUps = List.of();
    }
    lines = quietly(setup::hotlines, List.of());
    agencies = quietly(setup::agencies, List.of());
    teams = quietly(setup::teams, List.of());
    counsellors = quietly(setup::counsellors, List.of());
    roster = quietly(() -> setup.roster(null, null), List.of());
    services = quietly(() -> statistics.table(null, null), List.of());
  }

  private static boolean inRole(String role) {
    return jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(role);
  }

  /** A list the caller's roles may not see is simply empty on this page. */
  private static <T> T quietly(Supplier<T> read, T otherwise) {
    try {
      return read.get();
    } catch (Problem | EJBException refused) {
      return otherwise;
    }
  }

  private void act(Runnable action, String done, Object... args) {
    try {
      action.run();
      messages.info(done, args);
      load();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  /** Opens a high-risk call for review: reading it is audited like any other read. */
  public void open(CallRow row) {
    try {
      reviewing = calls.read(row.id());
      reviewNote = null;
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void review() {
    act(
        () -> calls.review(reviewing.id(), new Review(reviewNote, reviewing.version())),
        "desk.reviewed");
    reviewing = null;
  }

  public void complete(FollowUpView followUp) {
    act(
        () ->
            calls.completeFollowUp(
                followUp.id(), new FollowUpDone(outcomes.get(followUp.id()), followUp.version())),
        "desk.followUpDone");
  }

  public void addLine() {
    act(
        () ->
            setup.addHotline(
                new NewHotline(line.name, line.number, line.roundTheClock, line.hours)),
        "desk.added",
        line.name);
  }

  public void addAgency() {
    act(() -> setup.addAgency(new NewAgency(agencyName)), "desk.added", agencyName);
  }

  public void addTeam() {
    act(() -> setup.addTeam(new NewTeam(teamName, teamAgency)), "desk.added", teamName);
  }

  public void addCounsellor() {
    act(
        () ->
            setup.addCounsellor(
                new NewCounsellor(
                    counsellorName, qualification, counsellorTeam, counsellorAccount)),
        "desk.added",
        counsellorName);
  }

  public void addDuty() {
    act(
        () ->
            setup.addDuty(
                new NewDuty(
                    dutyLine,
                    dutyCounsellor,
                    dutyStarts == null ? null : dutyStarts.atZone(Beijing.ZONE).toInstant(),
                    dutyEnds == null ? null : dutyEnds.atZone(Beijing.ZONE).toInstant())),
        "desk.dutyAdded");
  }

  public void enterServices() {
    act(
        () ->
            statistics.enter(
                new NewServiceCount(
                    serviceAgency,
                    serviceDay,
                    serviceMode,
                    personTimes == null ? -1 : personTimes)),
        "desk.servicesEntered");
  }

  /** Individual records as .xlsx: supervisors only, with the reason they typed (audited). */
  public StreamedContent getExport() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RecordSheets.write(
          calls.export(exportFrom, exportTo, exportReason), language.getLocale(), out);
      byte[] sheet = out.toByteArray();
      return DefaultStreamedContent.builder()
          .name(messages.text("desk.exportName", exportFrom, exportTo) + ".xlsx")
          .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .stream(() -> new ByteArrayInputStream(sheet))
          .build();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
      return null;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<Qualification> getQualifications() {
    return Arrays.asList(Qualification.values());
  }

  public List<ServiceMode> getModes() {
    return Arrays.asList(ServiceMode.values());
  }

  public List<CallRow> getPending() {
    return pending;
  }

  /** Past its 24 hours: the row is flagged. */
  public boolean overdue(CallRow row) {
    return row.reviewDueAt() != null && row.reviewDueAt().isBefore(java.time.Instant.now());
  }

  public CallView getReviewing() {
    return reviewing;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public void setReviewNote(String reviewNote) {
    this.reviewNote = reviewNote;
  }

  public List<FollowUpView> getFollowUps() {
    return followUps;
  }

  public Map<UUID, String> getOutcomes() {
    return outcomes;
  }

  public List<HotlineView> getLines() {
    return lines;
  }

  public List<AgencyView> getAgencies() {
    return agencies;
  }

  public List<TeamView> getTeams() {
    return teams;
  }

  public List<CounsellorView> getCounsellors() {
    return counsellors;
  }

  public List<DutyView> getRoster() {
    return roster;
  }

  public List<ServiceRow> getServices() {
    return services;
  }

  public NewLine getLine() {
    return line;
  }

  public String getAgencyName() {
    return agencyName;
  }

  public void setAgencyName(String agencyName) {
    this.agencyName = agencyName;
  }

  public String getTeamName() {
    return teamName;
  }

  public void setTeamName(String teamName) {
    this.teamName = teamName;
  }

  public UUID getTeamAgency() {
    return teamAgency;
  }

  public void setTeamAgency(UUID teamAgency) {
    this.teamAgency = teamAgency;
  }

  public String getCounsellorName() {
    return counsellorName;
  }

  public void setCounsellorName(String counsellorName) {
    this.counsellorName = counsellorName;
  }

  public Qualification getQualification() {
    return qualification;
  }

  public void setQualification(Qualification qualification) {
    this.qualification = qualification;
  }

  public UUID getCounsellorTeam() {
    return counsellorTeam;
  }

  public void setCounsellorTeam(UUID counsellorTeam) {
    this.counsellorTeam = counsellorTeam;
  }

  public String getCounsellorAccount() {
    return counsellorAccount;
  }

  public void setCounsellorAccount(String counsellorAccount) {
    this.counsellorAccount = counsellorAccount;
  }

  public UUID getDutyLine() {
    return dutyLine;
  }

  public void setDutyLine(UUID dutyLine) {
    this.dutyLine = dutyLine;
  }

  public UUID getDutyCounsellor() {
    return dutyCounsellor;
  }

  public void setDutyCounsellor(UUID dutyCounsellor) {
    this.dutyCounsellor = dutyCounsellor;
  }

  public LocalDateTime getDutyStarts() {
    return dutyStarts;
  }

  public void setDutyStarts(LocalDateTime dutyStarts) {
    this.dutyStarts = dutyStarts;
  }

  public LocalDateTime getDutyEnds() {
    return dutyEnds;
  }

  public void setDutyEnds(LocalDateTime dutyEnds) {
    this.dutyEnds = dutyEnds;
  }

  public UUID getServiceAgency() {
    return serviceAgency;
  }

  public void setServiceAgency(UUID serviceAgency) {
    this.serviceAgency = serviceAgency;
  }

  public LocalDate getServiceDay() {
    return serviceDay;
  }

  public void setServiceDay(LocalDate serviceDay) {
    this.serviceDay = serviceDay;
  }

  public ServiceMode getServiceMode() {
    return serviceMode;
  }

  public void setServiceMode(ServiceMode serviceMode) {
    this.serviceMode = serviceMode;
  }

  public Integer getPersonTimes() {
    return personTimes;
  }

  public void setPersonTimes(Integer personTimes) {
    this.personTimes = personTimes;
  }

  public LocalDate getExportFrom() {
    return exportFrom;
  }

  public void setExportFrom(LocalDate exportFrom) {
    this.exportFrom = exportFrom;
  }

  public LocalDate getExportTo() {
    return exportTo;
  }

  public void setExportTo(LocalDate exportTo) {
    this.exportTo = exportTo;
  }

  public String getExportReason() {
    return exportReason;
  }

  public void setExportReason(String exportReason) {
    this.exportReason = exportReason;
  }
}
