package org.qunfang.hotline.web.faces;

import static org.qunfang.hotline.web.faces.DeskAttempts.act;
import static org.qunfang.hotline.web.faces.DeskAttempts.quietly;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qunfang.access.api.RoleGroup;
import org.qunfang.hotline.api.call.CallLog;
import org.qunfang.hotline.api.call.CallRow;
import org.qunfang.hotline.api.call.CallView;
import org.qunfang.hotline.api.call.FollowUpDone;
import org.qunfang.hotline.api.call.FollowUpView;
import org.qunfang.hotline.api.call.Review;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.web.api.faces.PageMessages;
import org.qunfang.web.api.faces.RoleChecks;

/** 热线管理, reviews: high-risk calls awaiting a supervisor's review, and open follow-ups. */
@Named
@ViewScoped
public class DeskReviews implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CallLog calls;
  @Inject transient PageMessages messages;
  @Inject transient RoleChecks roles;

  private List<CallRow> pending = List.of();
  private List<FollowUpView> followUps = List.of();
  private final Map<UUID, String> outcomes = new HashMap<>();
  private CallView reviewing;
  private String reviewNote;

  @PostConstruct
  void load() {
    // only those who may read calls ask for them: anyone else's asking is audited as a refusal
    if (roles.in(RoleGroup.HOTLINE_STAFF)) {
      pending = quietly(calls::pendingReviews, List.of());
      followUps = quietly(() -> calls.followUps(false), List.of());
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
        messages,
        () -> calls.review(reviewing.id(), new Review(reviewNote, reviewing.version())),
        this::load,
        "desk.reviewed");
    reviewing = null;
  }

  public void complete(FollowUpView followUp) {
    act(
        messages,
        () ->
            calls.completeFollowUp(
                followUp.id(), new FollowUpDone(outcomes.get(followUp.id()), followUp.version())),
        this::load,
        "desk.followUpDone");
  }

  public boolean overdue(CallRow row) {
    return row.reviewDueAt() != null && row.reviewDueAt().isBefore(Instant.now());
  }

  public List<CallRow> getPending() {
    return pending;
  }

  public List<FollowUpView> getFollowUps() {
    return followUps;
  }

  public Map<UUID, String> getOutcomes() {
    return outcomes;
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
}
