package org.qunfang.hotline.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.access.api.Role;
import org.qunfang.hotline.api.call.AgeBand;
import org.qunfang.hotline.api.call.CallLog;
import org.qunfang.hotline.api.call.CallRow;
import org.qunfang.hotline.api.call.CallView;
import org.qunfang.hotline.api.call.CallerSex;
import org.qunfang.hotline.api.call.Channel;
import org.qunfang.hotline.api.call.CrisisKind;
import org.qunfang.hotline.api.call.PopulationGroup;
import org.qunfang.hotline.api.call.ProblemCategory;
import org.qunfang.hotline.api.call.ReferralTarget;
import org.qunfang.hotline.api.call.RiskLevel;
import org.qunfang.hotline.api.setup.CounsellorView;
import org.qunfang.hotline.api.setup.DutyView;
import org.qunfang.hotline.api.setup.HotlineSetup;
import org.qunfang.hotline.api.setup.HotlineView;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.web.api.faces.Labels;
import org.qunfang.web.api.faces.PageMessages;

/**
 * 来电登记: a counsellor logs a call while on it, from the keyboard. The form opens on the line they
 * are on duty for; 接听 starts the call and its timer (opening the page does not); it is saved in one
 * request and the next form stays on the line; a draft survives a closed browser (calls.js).
 */
@Named
@ViewScoped
public class CallsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CallLog calls;
  @Inject transient HotlineSetup setup;
  @Inject transient PageMessages messages;
  @Inject transient CurrentCaller caller;

  private List<HotlineView> hotlines;
  private UUID me;
  private CallForm form = new CallForm();
  private List<CallRow> recent = List.of();
  private List<CallRow> overdue = List.of();
  private String lastSaved;
  private CallView opened;

  @PostConstruct
  void load() {
    hotlines = setup.hotlines();
    String account = caller.profile().username();
    me =
        setup.counsellors().stream()
            .filter(c -> account.equals(c.account()))
            .map(CounsellorView::id)
            .findFirst()
            .orElse(null);
    fresh(onDuty());
    refresh();
  }

  /** The line the counsellor is on duty for now, else the first. */
  private UUID onDuty() {
    Instant now = Instant.now();
    return setup.roster(now, now.plusSeconds(1)).stream()
        .filter(d -> d.counsellorId().equals(me) && !d.startsAt().isAfter(now))
        .filter(d -> d.endsAt().isAfter(now))
        .map(DutyView::hotlineId)
        .findFirst()
        .orElse(hotlines.isEmpty() ? null : hotlines.get(0).id());
  }

  /** A fresh form on the same line: the next call comes in on it. */
  private void fresh(UUID line) {
    form = new CallForm();
    form.setHotlineId(line);
  }

  public void refresh() {
    try {
      recent = calls.list(null, null);
      overdue = caller.profile().has(Role.HOTLINE_SUPERVISOR) ? calls.overdueReviews() : List.of();
    } catch (Problem | EJBException refused) {
      recent = List.of();
      overdue = List.of();
    }
  }

  /** Saves the call in one request; the next call starts from a fresh form on the same line. */
  public void save() {
    if (!form.isAnswered()) {
      messages.error("call:answer", "calls.notAnswered");
      return;
    }
    try {
      CallView saved = calls.record(form.toCall(Instant.now(), me));
      lastSaved = saved.id().toString();
      messages.info(
          "calls.saved", saved.callerToken(), Labels.message(saved.level()), saved.minutes());
      fresh(form.getHotlineId());
      refresh();
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  /** A past call of the team (or any, for a supervisor) in full; the read is audited. */
  public void open(CallRow row) {
    try {
      opened = calls.read(row.id());
    } catch (Problem | EJBException refused) {
      opened = null;
      messages.problem(refused);
    }
  }

  public void closeOpened() {
    opened = null;
  }

  public CallView getOpened() {
    return opened;
  }

  public boolean isCounsellor() {
    return me != null;
  }

  public List<HotlineView> getHotlines() {
    return hotlines;
  }

  public CallForm getForm() {
    return form;
  }

  public List<CallRow> getRecent() {
    return recent;
  }

  public List<CallRow> getOverdue() {
    return overdue;
  }

  /** Set after a save, so the page clears its draft; empty otherwise. */
  public String getLastSaved() {
    return lastSaved == null ? "" : lastSaved;
  }

  public List<Channel> getChannels() {
    return Arrays.asList(Channel.values());
  }

  public List<AgeBand> getAgeBands() {
    return Arrays.asList(AgeBand.values());
  }

  public List<CallerSex> getSexes() {
    return Arrays.asList(CallerSex.values());
  }

  public List<PopulationGroup> getGroups() {
    return Arrays.asList(PopulationGroup.values());
  }

  public List<ProblemCategory> getCategories() {
    return Arrays.asList(ProblemCategory.values());
  }

  public List<RiskLevel> getLevels() {
    return Arrays.asList(RiskLevel.values());
  }

  public List<CrisisKind> getCrisisKinds() {
    return Arrays.asList(CrisisKind.values());
  }

  public List<ReferralTarget> getReferralTargets() {
    return Arrays.asList(ReferralTarget.values());
  }
}
