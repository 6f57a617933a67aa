package org.qunfang.hotline.web.faces;

import static org.qunfang.hotline.web.faces.DeskAttempts.act;
import static org.qunfang.hotline.web.faces.DeskAttempts.quietly;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.qunfang.hotline.api.setup.AgencyView;
import org.qunfang.hotline.api.setup.CounsellorView;
import org.qunfang.hotline.api.setup.HotlineSetup;
import org.qunfang.hotline.api.setup.HotlineView;
import org.qunfang.hotline.api.setup.NewAgency;
import org.qunfang.hotline.api.setup.NewCounsellor;
import org.qunfang.hotline.api.setup.NewHotline;
import org.qunfang.hotline.api.setup.NewTeam;
import org.qunfang.hotline.api.setup.Qualification;
import org.qunfang.hotline.api.setup.TeamView;
import org.qunfang.web.api.faces.PageMessages;

/** 热线管理, set-up: the service's lines, agencies, teams and counsellors. */
@Named
@ViewScoped
public class DeskSetup implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient HotlineSetup setup;
  @Inject transient PageMessages messages;

  private List<HotlineView> lines = List.of();
  private List<AgencyView> agencies = List.of();
  private List<TeamView> teams = List.of();
  private List<CounsellorView> counsellors = List.of();

  private final NewLine line = new NewLine();
  private String agencyName;
  private String teamName;
  private UUID teamAgency;
  private String counsellorName;
  private Qualification qualification = Qualification.PSYCHOLOGICAL_COUNSELLOR;
  private UUID counsellorTeam;
  private String counsellorAccount;

  /** The new-line form. */
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
    lines = quietly(setup::hotlines, List.of());
    agencies = quietly(setup::agencies, List.of());
    teams = quietly(setup::teams, List.of());
    counsellors = quietly(setup::counsellors, List.of());
  }

  public void addLine() {
    act(
        messages,
        () ->
            setup.addHotline(
                new NewHotline(line.name, line.number, line.roundTheClock, line.hours)),
        this::load,
        "desk.added",
        line.name);
  }

  public void addAgency() {
    act(
        messages,
        () -> setup.addAgency(new NewAgency(agencyName)),
        this::load,
        "desk.added",
        agencyName);
  }

  public void addTeam() {
    act(
        messages,
        () -> setup.addTeam(new NewTeam(teamName, teamAgency)),
        this::load,
        "desk.added",
        teamName);
  }

  public void addCounsellor() {
    act(
        messages,
        () ->
            setup.addCounsellor(
                new NewCounsellor(
                    counsellorName, qualification, counsellorTeam, counsellorAccount)),
        this::load,
        "desk.added",
        counsellorName);
  }

  public List<Qualification> getQualifications() {
    return Arrays.asList(Qualification.values());
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
}
