package org.qunfang.care.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.qunfang.care.api.alert.AlertAction;
import org.qunfang.care.api.alert.AlertResponse;
import org.qunfang.care.api.alert.AlertView;
import org.qunfang.care.api.alert.CareAlerts;
import org.qunfang.care.api.alert.TransferTarget;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.web.api.faces.PageMessages;

/**
 * 关爱服务台: the open alerts, oldest first, refreshed while the page stays open; whoever acts on one
 * says what was done.
 */
@Named("deskPage")
@ViewScoped
public class DeskPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CareAlerts alerts;
  @Inject transient PageMessages messages;

  private List<AlertView> open = List.of();
  private UUID chosen;
  private AlertAction action;
  private TransferTarget target;
  private String note;

  @PostConstruct
  void load() {
    open = alerts.open();
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

  public List<AlertView> getOpen() {
    return open;
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
