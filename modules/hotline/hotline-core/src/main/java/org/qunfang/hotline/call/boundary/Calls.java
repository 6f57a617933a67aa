package org.qunfang.hotline.call.boundary;

import static org.qunfang.hotline.api.HotlineTexts.TEXTS;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qunfang.hotline.api.call.CallContact;
import org.qunfang.hotline.api.call.CallLog;
import org.qunfang.hotline.api.call.CallRecordRow;
import org.qunfang.hotline.api.call.CallRow;
import org.qunfang.hotline.api.call.CallView;
import org.qunfang.hotline.api.call.FollowUpDone;
import org.qunfang.hotline.api.call.FollowUpView;
import org.qunfang.hotline.api.call.NewCall;
import org.qunfang.hotline.api.call.NewFollowUp;
import org.qunfang.hotline.api.call.NewReferral;
import org.qunfang.hotline.api.call.ReferralOutcome;
import org.qunfang.hotline.api.call.ReferralView;
import org.qunfang.hotline.api.call.Review;
import org.qunfang.hotline.call.control.CallAccess;
import org.qunfang.hotline.call.control.CallChecks;
import org.qunfang.hotline.call.control.CallViews;
import org.qunfang.hotline.call.control.CallerTokens;
import org.qunfang.hotline.call.entity.Call;
import org.qunfang.hotline.call.entity.FollowUp;
import org.qunfang.hotline.call.entity.Referral;
import org.qunfang.hotline.setup.entity.Counsellor;
import org.qunfang.hotline.setup.entity.Hotline;
import org.qunfang.kernel.audit.AuditAction;
import org.qunfang.kernel.audit.AuditTrail;
import org.qunfang.kernel.audit.Refusals;
import org.qunfang.kernel.division.DivisionDirectory;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.Forbidden;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;
import org.qunfang.kernel.security.Caller;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.kernel.validation.Inputs;

/**
 * The call log. Any signed-in user may call it; {@link CallAccess} decides what they may read, so a
 * refused attempt can be audited (a role check in the container would refuse silently).
 */
@Stateless
@PermitAll
public class Calls implements CallLog {

  private static final String CALL = "HotlineCall";

  @PersistenceContext(unitName = "hotline")
  EntityManager em;

  @Inject Validator validator;

  @Inject CallAccess access;

  @Inject CallViews views;

  @Inject Refusals denied;

  @Inject DivisionDirectory divisions;

  @Override
  public CallView record(NewCall request) {
    Inputs.valid(validator, request);
    if (!access.mayLogCalls()) {
      denied.record(CALL, "*", "record");
      throw new Forbidden(new Message(TEXTS, "call.notCounsellorRole"));
    }
    Counsellor me =
        access.me().orElseThrow(() -> new Forbidden(new Message(TEXTS, "call.notCounsellor")));
    if (em.find(Hotline.class, request.hotlineId()) == null) {
      throw new InvalidInput(new Message(TEXTS, "hotline.notFound"), "hotlineId");
    }
    if (request.divisionCode() != null && !divisions.exists(request.divisionCode())) {
      throw new InvalidInput(
          new Message(TEXTS, "call.divisionUnknown", request.divisionCode()), "divisionCode");
    }
    CallChecks.now().check(request);
    if (request.followUps() != null) {
      request.followUps().forEach(this::checkAssignee);
    }
    Call call =
        new Call(
            request,
            me.getId(),
            me.getTeamId(),
            CallerTokens.of(request.callerToken(), request.callbackContact()));
    em.persist(call);
    List<Referral> referrals =
        request.referral() == null
            ? List.of()
            : List.of(
                new Referral(call.getId(), request.referral().target(), request.referral().note()));
    List<FollowUp> followUps =
        request.followUps() == null
            ? List.of()
            : request.followUps().stream()
                .map(f -> new FollowUp(call.getId(), f.task(), f.dueOn(), f.assigneeId()))
                .toList();
    referrals.forEach(em::persist);
    followUps.forEach(em::persist);
    em.flush();
    return views.of(call, referrals, followUps);
  }

  @Override
  public CallView read(UUID callId) {
    Call call = readable(callId, "read");
    AuditTrail.record(CALL, callId.toString(), AuditAction.VIEW_FULL, Map.of("fields", "call"));
    return views.of(call);
  }

  @Override
  public CallContact contact(UUID callId) {
    Call call = readable(callId, "contact");
    AuditTrail.record(
        CALL, callId.toString(), AuditAction.VIEW_FULL, Map.of("fields", "callbackContact"));
    return new CallContact(call.getId(), call.getCallbackContact());
  }

  @Override
  public List<CallRow> list(LocalDate from, LocalDate to) {
    CallAccess.Reach reach = access.reach();
    requireReader(reach, "*", "list");
    UUID team = reach.all() ? null : reach.team();
    return startedBetween(from, to, team).stream().map(views::row).toList();
  }

  /** Calls started within the Beijing dates (the last 7 days by default), of one team or all. */
  private List<Call> startedBetween(LocalDate from, LocalDate to, UUID team) {
    LocalDate last = to == null ? Beijing.today() : to;
    LocalDate first = from == null ? last.minusDays(6) : from;
    if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) > 366) {
      throw new InvalidInput(new Message(TEXTS, "call.period"), "from");
    }
    TypedQuery<Call> query =
        team == null
            ? em.createNamedQuery(Call.STARTED_BETWEEN, Call.class)
            : em.createNamedQuery(Call.OF_TEAM_STARTED_BETWEEN, Call.class)
                .setParameter("team", team);
    return query
        .setParameter("from", Beijing.startOf(first))
        .setParameter("to", Beijing.startOf(last.plusDays(1)))
        .getResultList();
  }

  @Override
  public List<CallRecordRow> export(LocalDate from, LocalDate to, String reason) {
    if (!access.supervisor()) {
      denied.record(CALL, "*", "export");
      throw new Forbidden(new Message(TEXTS, "export.notSupervisor"));
    }
    if (reason == null || reason.strip().length() < 4 || reason.length() > 200) {
      throw new InvalidInput(new Message(TEXTS, "export.reasonNeeded"), "reason");
    }
    List<Call> calls = startedBetween(from, to, null);
    AuditTrail.record(
        CALL,
        "*",
        AuditAction.EXPORT,
        Map.of(
            "reason", reason.strip(),
            "from", String.valueOf(from),
            "to", String.valueOf(to),
            "calls", String.valueOf(calls.size())));
    Map<UUID, List<Referral>> referrals =
        calls.isEmpty()
            ? Map.of()
            : em.createNamedQuery(Referral.OF_CALLS, Referral.class)
                .setParameter("calls", calls.stream().map(Call::getId).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(Referral::getCallId));
    return calls.stream()
        .map(c -> views.exported(c, referrals.getOrDefault(c.getId(), List.of())))
        .toList();
  }

  @Override
  public CallView review(UUID callId, Review review) {
    Inputs.valid(validator, review);
    if (!access.supervisor()) {
      denied.record(CALL, String.valueOf(callId), "review");
      throw new Forbidden(new Message(TEXTS, "review.notSupervisor"));
    }
    Call call = readable(callId, "review");
    call.requireVersion(review.version(), TEXTS, "call.changedByOther");
    call.review(Caller.name(), review.note(), Instant.now());
    em.flush();
    return views.of(call);
  }

  @Override
  public List<CallRow> overdueReviews() {
    return reviews(
        "overdue reviews",
        em.createNamedQuery(Call.REVIEW_OVERDUE, Call.class).setParameter("now", Instant.now()));
  }

  @Override
  public List<CallRow> pendingReviews() {
    return reviews("pending reviews", em.createNamedQuery(Call.REVIEW_PENDING, Call.class));
  }

  private List<CallRow> reviews(String attempt, TypedQuery<Call> query) {
    if (!access.supervisor()) {
      denied.record(CALL, "*", attempt);
      throw new Forbidden(new Message(TEXTS, "review.notSupervisor"));
    }
    return query.getResultStream().map(views::row).toList();
  }

  @Override
  public ReferralView refer(UUID callId, NewReferral request) {
    Inputs.valid(validator, request);
    Call call = readable(callId, "refer");
    Referral referral = new Referral(call.getId(), request.target(), request.note());
    em.persist(referral);
    em.flush();
    return CallViews.of(referral);
  }

  @Override
  public ReferralView referralOutcome(UUID referralId, ReferralOutcome outcome) {
    Inputs.valid(validator, outcome);
    Referral referral = referralId == null ? null : em.find(Referral.class, referralId);
    if (referral == null) {
      requireReader(access.reach(), String.valueOf(referralId), "referral outcome");
      throw new NotFound(new Message(TEXTS, "referral.notFound"));
    }
    readable(referral.getCallId(), "referral outcome");
    referral.requireVersion(outcome.version(), TEXTS, "referral.changedByOther");
    referral.accepted(outcome.accepted());
    em.flush();
    return CallViews.of(referral);
  }

  @Override
  public FollowUpView addFollowUp(UUID callId, NewFollowUp request) {
    Inputs.valid(validator, request);
    Call call = readable(callId, "add follow-up");
    CallChecks.now().followUp(request);
    checkAssignee(request);
    FollowUp followUp =
        new FollowUp(call.getId(), request.task(), request.dueOn(), request.assigneeId());
    em.persist(followUp);
    em.flush();
    return views.of(followUp);
  }

  @Override
  public FollowUpView completeFollowUp(UUID followUpId, FollowUpDone done) {
    Inputs.valid(validator, done);
    FollowUp followUp = followUpId == null ? null : em.find(FollowUp.class, followUpId);
    if (followUp == null) {
      requireReader(access.reach(), String.valueOf(followUpId), "complete follow-up");
      throw new NotFound(new Message(TEXTS, "followUp.notFound"));
    }
    readable(followUp.getCallId(), "complete follow-up");
    if (followUp.getDoneAt() != null) {
      throw new Conflict(
          new Message(TEXTS, "followUp.alreadyDone", Beijing.format(followUp.getDoneAt())));
    }
    followUp.requireVersion(done.version(), TEXTS, "followUp.changedByOther");
    followUp.done(done.outcome(), Instant.now());
    em.flush();
    return views.of(followUp);
  }

  @Override
  public List<FollowUpView> followUps(boolean overdueOnly) {
    CallAccess.Reach reach = access.reach();
    requireReader(reach, "*", "follow-ups");
    // Open ones are due before the far future; overdue ones before today.
    LocalDate before = overdueOnly ? Beijing.today() : LocalDate.of(9999, 1, 1);
    return em.createNamedQuery(FollowUp.OPEN_DUE_BEFORE, Object[].class)
        .setParameter("day", before)
        .getResultStream()
        .filter(row -> reach.covers((UUID) row[1]))
        .map(row -> views.of((FollowUp) row[0]))
        .toList();
  }

  /** The call, if the caller may read it; otherwise refused, and the attempt audited. */
  private Call readable(UUID callId, String attempt) {
    CallAccess.Reach reach = access.reach();
    requireReader(reach, String.valueOf(callId), attempt);
    Call call = callId == null ? null : em.find(Call.class, callId);
    if (call == null) {
      throw new NotFound(new Message(TEXTS, "call.notFound"));
    }
    if (!reach.covers(call.getTeamId())) {
      denied.record(CALL, callId.toString(), attempt);
      throw new Forbidden(new Message(TEXTS, "call.forbidden"));
    }
    return call;
  }

  /**
   * Only counsellors and supervisors read calls at all; anyone else is refused, and the attempt is
   * audited under the record it aimed at ({@code *} for lists).
   */
  private void requireReader(CallAccess.Reach reach, String entityId, String attempt) {
    if (!reach.readsCalls()) {
      denied.record(CALL, entityId, attempt);
      throw new Forbidden(new Message(TEXTS, "call.forbidden"));
    }
  }

  private void checkAssignee(NewFollowUp f) {
    if (em.find(Counsellor.class, f.assigneeId()) == null) {
      throw new InvalidInput(new Message(TEXTS, "followUp.assigneeUnknown"), "followUps");
    }
  }
}
