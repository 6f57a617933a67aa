package org.qunfang.care.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.primefaces.model.StreamedContent;
import org.qunfang.access.api.RoleGroup;
import org.qunfang.care.api.CareTexts;
import org.qunfang.care.api.alert.AlertAction;
import org.qunfang.care.api.alert.AlertResponse;
import org.qunfang.care.api.alert.AlertView;
import org.qunfang.care.api.alert.CareAlerts;
import org.qunfang.care.api.alert.TransferTarget;
import org.qunfang.care.api.release.DueView;
import org.qunfang.care.api.release.Released;
import org.qunfang.care.api.release.Releases;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.reports.api.FormalReports;
import org.qunfang.reports.api.ReportPdf;
import org.qunfang.web.api.faces.Downloads;
import org.qunfang.web.api.faces.LanguageSwitch;
import org.qunfang.web.api.faces.LinkFilters;
import org.qunfang.web.api.faces.PageMessages;
import org.qunfang.web.api.faces.RoleChecks;

/**
 * 关爱服务台: the open alerts, oldest first, refreshed while the page stays open; whoever acts on one
 * says what was done.
 */
@Named("deskPage")
@ViewScoped
public class DeskPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CareAlerts alerts;
  @Inject transient Releases releases;
  @Inject transient FormalReports reports;
  @Inject transient PageMessages messages;
  @Inject transient RoleChecks roles;
  @Inject LanguageSwitch language;

  private List<AlertView> open = List.of();
  private List<DueView> due = List.of();
  private UUID chosen;
  private AlertAction action;
  private TransferTarget target;
  private String note;
  private AlertFilter shown;

  /** Opened from the workbench, the list is narrowed to the kind it counted. */
  @PostConstruct
  void open() {
    setKind(LinkFilters.of("kind").orElse(null));
    load();
  }

  void load() {
    open = alerts.open();
    due = roles.in(RoleGroup.AREA_OFFICERS) ? releases.due(null) : List.of();
  }

  /** Releases someone and hands over the 解除通知单; refused, it says why and hands nothing. */
  public StreamedContent release(DueView person) {
    try {
      Released released =
          releases.release(person.observation().id(), person.observation().version());
      ReportPdf notice = reports.download(released.notice());
      messages.info("careDesk.released", person.observation().name());
      load();
      return Downloads.file(notice.fileName(), Downloads.PDF, notice.content());
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
      load();
      return null;
    }
  }

  /** Why someone cannot be released yet, in the page's language. */
  public String holds(DueView person) {
    return String.join(
        "；",
        person.holds().stream()
            .map(
                h ->
                    new Message(
                            CareTexts.TEXTS,
                            "release.hold." + h.hold(),
                            h.count(),
                            h.day() == null ? "" : h.day())
                        .in(language.getLocale()))
            .toList());
  }

  public List<DueView> getDue() {
    return due;
  }

  public void refresh() {
    load();
  }

  public void choose(AlertView alert) {
    chosen = alert.id();
    action = null;
    target = null;
    note = null;
  }

  public void cancel() {
    chosen = null;
  }

  public void respond() {
    AlertView alert = getChosenAlert();
    if (alert == null) {
      load();
      return;
    }
    try {
      alerts.respond(
          alert.id(),
          new AlertResponse(
              action, action == AlertAction.TRANSFERRED ? target : null, note, alert.version()));
      messages.info("careDesk.responded", alert.name());
      chosen = null;
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
    load();
  }

  public AlertView getChosenAlert() {
    return chosen == null
        ? null
        : open.stream().filter(a -> a.id().equals(chosen)).findFirst().orElse(null);
  }

  /** The open alerts the list shows: all, only missed checks, or only abnormal ones. */
  public List<AlertView> getOpen() {
    return shown == null ? open : open.stream().filter(a -> shown.test(a.kind())).toList();
  }

  /** {@code MISSED}, {@code ABNORMAL} (with positive tests) or empty: all; from the workbench. */
  public String getKind() {
    return shown == null ? "" : shown.name();
  }

  public void setKind(String kind) {
    shown = AlertFilter.of(kind);
  }

  public AlertAction[] getActions() {
    return AlertAction.values();
  }

  public TransferTarget[] getTargets() {
    return TransferTarget.values();
  }

  public AlertAction getAction() {
    return action;
  }

  public void setAction(AlertAction action) {
    this.action = action;
  }

  public TransferTarget getTarget() {
    return target;
  }

  public void setTarget(TransferTarget target) {
    this.target = target;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
