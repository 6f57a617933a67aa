package org.qunfang.care.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.qunfang.access.api.RoleGroup;
import org.qunfang.care.api.help.AskedBy;
import org.qunfang.care.api.help.HelpCancel;
import org.qunfang.care.api.help.HelpDone;
import org.qunfang.care.api.help.HelpKind;
import org.qunfang.care.api.help.HelpRequests;
import org.qunfang.care.api.help.HelpStatus;
import org.qunfang.care.api.help.HelpTaking;
import org.qunfang.care.api.help.HelpView;
import org.qunfang.care.api.help.HelperView;
import org.qunfang.care.api.help.NewHelpRequest;
import org.qunfang.care.api.help.Urgency;
import org.qunfang.care.api.observation.ObservationStatus;
import org.qunfang.care.api.observation.ObservationView;
import org.qunfang.care.api.observation.Observations;
import org.qunfang.grid.api.HouseholdRegister;
import org.qunfang.grid.api.ResidentQuery;
import org.qunfang.grid.api.ResidentView;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.web.api.faces.LinkFilters;
import org.qunfang.web.api.faces.PageMessages;
import org.qunfang.web.api.faces.RoleChecks;

/**
 * 后勤保障: requests of the area, overdue ones marked; a request is recorded for someone observed,
 * handed to someone of a logistics team, and done (with money advanced and repaid) or cancelled.
 */
@Named("helpPage")
@ViewScoped
public class HelpPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient HelpRequests help;
  @Inject transient Observations observations;
  @Inject transient PageMessages messages;
  @Inject transient HouseholdRegister register;
  @Inject transient RoleChecks roles;

  private List<HelpView> list = List.of();
  private List<ObservationView> observed = List.of();
  private boolean officer;
  private String householdName;
  private List<ResidentView> residents = List.of();
  private UUID householdId;
  private HelpStatus status;
  private boolean overdueOnly;
  private UUID observationId;
  private HelpKind kind;
  private String details;
  private Urgency urgency = Urgency.TODAY;
  private AskedBy askedBy = AskedBy.PHONE;
  private UUID chosen;
  private List<HelperView> helpers = List.of();
  private UUID helperId;
  private String note;
  private BigDecimal advanced;
  private BigDecimal repaid;

  /** Officers keep their area's requests; a helper sees the ones they took. */
  @PostConstruct
  void open() {
    overdueOnly = LinkFilters.of("overdue").filter("true"::equals).isPresent();
    load();
  }

  void load() {
    officer = roles.in(RoleGroup.AREA_OFFICERS);
    list = officer ? help.list(null, status) : help.mine();
    observed = officer ? observations.list(null, ObservationStatus.OBSERVED, null) : List.of();
  }

  /** Registered residents of the area by name, to ask for their household. */
  public void findHouseholds() {
    householdId = null;
    try {
      residents =
          householdName == null || householdName.isBlank()
              ? List.of()
              : register
                  .search(
                      new ResidentQuery(
                          null, null, null, null, null, null, householdName.strip(), 0, 20))
                  .items();
      if (residents.isEmpty()) {
        messages.info("help.noResident", householdName.strip());
      }
    } catch (Problem | EJBException | ConstraintViolationException refused) {
      messages.problem(refused);
    }
  }

  public void search() {
    load();
  }

  public void ask() {
    try {
      HelpView asked =
          help.ask(new NewHelpRequest(observationId, householdId, kind, details, urgency, askedBy));
      messages.info("help.asked", asked.askedFor());
      details = null;
      observationId = null;
      householdId = null;
      residents = List.of();
      load();
    } catch (Problem | EJBException | ConstraintViolationException refused) {
      messages.problem(refused);
    }
  }

  public void choose(HelpView request) {
    chosen = request.id();
    helperId = null;
    note = null;
    advanced = null;
    repaid = null;
    try {
      helpers = request.status() == HelpStatus.OPEN ? help.helpers(request.id()) : List.of();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public void take() {
    act(
        () -> help.take(chosen, new HelpTaking(helperId, getChosenRequest().version())),
        "help.taken");
  }

  public void done() {
    act(
        () ->
            help.done(
                chosen, new HelpDone(null, note, advanced, repaid, getChosenRequest().version())),
        "help.done");
  }

  public void cancel() {
    act(
        () -> help.cancel(chosen, new HelpCancel(note, getChosenRequest().version())),
        "help.cancelled");
  }

  private void act(Runnable action, String success) {
    if (getChosenRequest() == null) {
      load();
      return;
    }
    try {
      action.run();
      messages.info(success);
      chosen = null;
    } catch (Problem | EJBException | ConstraintViolationException refused) {
      messages.problem(refused);
    }
    load();
  }

  public HelpView getChosenRequest() {
    return chosen == null
        ? null
        : list.stream().filter(h -> h.id().equals(chosen)).findFirst().orElse(null);
  }

  /** The requests shown: all of the chosen status, or only the overdue ones (the workbench's). */
  public List<HelpView> getList() {
    return overdueOnly ? list.stream().filter(HelpView::overdue).toList() : list;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public List<ObservationView> getObserved() {
    return observed;
  }

  public boolean isOfficer() {
    return officer;
  }

  public List<ResidentView> getResidents() {
    return residents;
  }

  public String getHouseholdName() {
    return householdName;
  }

  public void setHouseholdName(String householdName) {
    this.householdName = householdName;
  }

  public UUID getHouseholdId() {
    return householdId;
  }

  public void setHouseholdId(UUID householdId) {
    this.householdId = householdId;
  }

  public List<HelperView> getHelpers() {
    return helpers;
  }

  public HelpStatus[] getStatuses() {
    return HelpStatus.values();
  }

  public HelpKind[] getKinds() {
    return HelpKind.values();
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }

  public AskedBy[] getChannels() {
    return AskedBy.values();
  }

  public HelpStatus getStatus() {
    return status;
  }

  public void setStatus(HelpStatus status) {
    this.status = status;
  }

  public UUID getObservationId() {
    return observationId;
  }

  public void setObservationId(UUID observationId) {
    this.observationId = observationId;
  }

  public HelpKind getKind() {
    return kind;
  }

  public void setKind(HelpKind kind) {
    this.kind = kind;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String details) {
    this.details = details;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }

  public AskedBy getAskedBy() {
    return askedBy;
  }

  public void setAskedBy(AskedBy askedBy) {
    this.askedBy = askedBy;
  }

  public UUID getHelperId() {
    return helperId;
  }

  public void setHelperId(UUID helperId) {
    this.helperId = helperId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public BigDecimal getAdvanced() {
    return advanced;
  }

  public void setAdvanced(BigDecimal advanced) {
    this.advanced = advanced;
  }

  public BigDecimal getRepaid() {
    return repaid;
  }

  public void setRepaid(BigDecimal repaid) {
    this.repaid = repaid;
  }
}
