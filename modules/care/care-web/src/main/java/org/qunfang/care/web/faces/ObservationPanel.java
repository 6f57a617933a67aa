package org.qunfang.care.web.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.StreamedContent;
import org.qunfang.access.api.RoleGroup;
import org.qunfang.care.api.alert.AlertView;
import org.qunfang.care.api.alert.CareAlerts;
import org.qunfang.care.api.check.CheckView;
import org.qunfang.care.api.check.HealthChecks;
import org.qunfang.care.api.check.TestEntry;
import org.qunfang.care.api.check.TestResult;
import org.qunfang.care.api.check.TestView;
import org.qunfang.care.api.observation.EndChange;
import org.qunfang.care.api.observation.EndChangeView;
import org.qunfang.care.api.observation.ObservationView;
import org.qunfang.care.api.observation.Observations;
import org.qunfang.care.api.team.CareTeams;
import org.qunfang.care.api.team.TeamAssignment;
import org.qunfang.care.api.team.TeamMemberView;
import org.qunfang.care.api.team.TeamRole;
import org.qunfang.care.api.team.TeamSuggestion;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.reports.api.FormalReports;
import org.qunfang.reports.api.IssuedReport;
import org.qunfang.reports.api.ReportPdf;
import org.qunfang.reports.api.ReportRequest;
import org.qunfang.web.api.faces.Downloads;
import org.qunfang.web.api.faces.PageMessages;
import org.qunfang.web.api.faces.RoleChecks;

/**
 * One observed person: their period (moved with a reason), their 1+1+1 team, their alerts, and —
 * only when asked, as it is a full view that is audited — their checks and tests.
 */
@Named("observationPanel")
@ViewScoped
public class ObservationPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Observations observations;
  @Inject transient CareTeams teams;
  @Inject transient HealthChecks checks;
  @Inject transient CareAlerts alerts;
  @Inject transient PageMessages messages;
  @Inject transient RoleChecks roles;
  @Inject transient FormalReports reports;

  private ObservationView shown;
  private List<TeamSuggestion> suggestions = List.of();

  /** The person picked for each place, as the page's select sends it (an id's text). */
  private final Map<TeamRole, String> chosen = new EnumMap<>(TeamRole.class);

  private List<AlertView> alertList = List.of();
  private List<EndChangeView> endChanges = List.of();
  private List<CheckView> checkList;
  private List<TestView> testList;
  private LocalDate newEnd;
  private String endReason;
  private UUID testId;
  private LocalDateTime sampledAt;
  private TestResult result;

  public void show(UUID id) {
    try {
      shown = observations.observation(id);
      boolean officer = roles.in(RoleGroup.AREA_OFFICERS);
      suggestions = officer && shown.endedAt() == null ? teams.suggest(id) : List.of();
      alertList = alerts.of(id);
      endChanges = observations.endChanges(id);
      checkList = null;
      testList = null;
      chosen.clear();
      newEnd = shown.plannedEnd();
      endReason = null;
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void close() {
    shown = null;
  }

  public void changeEnd() {
    try {
      observations.changeEnd(shown.id(), new EndChange(newEnd, endReason, shown.version()));
      messages.info("observation.endMoved", shown.name(), newEnd);
      show(shown.id());
    } catch (Problem | EJBException | ConstraintViolationException refused) {
      messages.problem(refused);
    }
  }

  public void assign(TeamRole role) {
    try {
      String picked = chosen.get(role);
      if (picked == null || picked.isBlank()) {
        messages.error(null, "observation.pickSomeone");
        return;
      }
      teams.assign(shown.id(), new TeamAssignment(role, UUID.fromString(picked), shown.version()));
      messages.info("observation.teamChanged");
      show(shown.id());
    } catch (Problem | EJBException | ConstraintViolationException refused) {
      messages.problem(refused);
    }
  }

  /** Issues the 告知书 to hand to the person, addressed to them, and hands it over. */
  public StreamedContent notice() {
    try {
      IssuedReport issued =
          reports.issue(
              new ReportRequest(
                  "care-notice", shown.divisionCode(), shown.name(), null, null, shown.id()));
      messages.info("observation.noticeIssued", shown.name(), issued.documentNumber());
      ReportPdf pdf = reports.download(issued.id());
      return Downloads.file(pdf.fileName(), Downloads.PDF, pdf.content());
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
      return null;
    }
  }

  /** Reads the checks and tests: a full view of health information, audited. */
  public void showHealth() {
    try {
      checkList = checks.checks(shown.id());
      testList = checks.tests(shown.id());
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void recordTest() {
    TestView test = testList.stream().filter(t -> t.id().equals(testId)).findFirst().orElse(null);
    if (test == null || sampledAt == null || result == null) {
      messages.error(null, "observation.testIncomplete");
      return;
    }
    try {
      checks.recordTest(
          shown.id(),
          test.id(),
          new TestEntry(sampledAt.atZone(Beijing.ZONE).toInstant(), result, test.version()));
      messages.info("observation.testRecorded", test.day());
      testId = null;
      show(shown.id());
      showHealth();
    } catch (Problem | EJBException | ConstraintViolationException refused) {
      messages.problem(refused);
    }
  }

  /** The current holder of a place, or null. */
  public TeamMemberView holder(TeamRole role) {
    return shown == null
        ? null
        : shown.team().stream().filter(m -> m.role() == role).findFirst().orElse(null);
  }

  public Map<TeamRole, String> getChosen() {
    return chosen;
  }

  public ObservationView getShown() {
    return shown;
  }

  public List<TeamSuggestion> getSuggestions() {
    return suggestions;
  }

  public List<AlertView> getAlertList() {
    return alertList;
  }

  public List<EndChangeView> getEndChanges() {
    return endChanges;
  }

  public List<CheckView> getCheckList() {
    return checkList;
  }

  public List<TestView> getTestList() {
    return testList;
  }

  public TestResult[] getResults() {
    return new TestResult[] {TestResult.PENDING, TestResult.NEGATIVE, TestResult.POSITIVE};
  }

  public LocalDate getNewEnd() {
    return newEnd;
  }

  public void setNewEnd(LocalDate newEnd) {
    this.newEnd = newEnd;
  }

  public String getEndReason() {
    return endReason;
  }

  public void setEndReason(String endReason) {
    this.endReason = endReason;
  }

  public UUID getTestId() {
    return testId;
  }

  public void setTestId(UUID testId) {
    this.testId = testId;
  }

  public LocalDateTime getSampledAt() {
    return sampledAt;
  }

  public void setSampledAt(LocalDateTime sampledAt) {
    this.sampledAt = sampledAt;
  }

  public TestResult getResult() {
    return result;
  }

  public void setResult(TestResult result) {
    this.result = result;
  }
}
