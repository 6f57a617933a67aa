package org.qunfang.hotline.call.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.qunfang.hotline.api.call.CallRecordRow;
import org.qunfang.hotline.api.call.CallRow;
import org.qunfang.hotline.api.call.CallView;
import org.qunfang.hotline.api.call.CrisisAction;
import org.qunfang.hotline.api.call.FollowUpView;
import org.qunfang.hotline.api.call.ReferralView;
import org.qunfang.hotline.call.entity.Call;
import org.qunfang.hotline.call.entity.FollowUp;
import org.qunfang.hotline.call.entity.Referral;
import org.qunfang.hotline.setup.entity.Counsellor;
import org.qunfang.hotline.setup.entity.Hotline;
import org.qunfang.kernel.pii.Masking;
import org.qunfang.kernel.time.Beijing;

/** Calls as their readers see them: the contact masked, names of line and counsellor filled in. */
@Dependent
public class CallViews {

  @PersistenceContext(unitName = "hotline")
  EntityManager em;

  public CallView of(Call c) {
    return of(
        c,
        em.createNamedQuery(Referral.OF_CALL, Referral.class)
            .setParameter("call", c.getId())
            .getResultList(),
        em.createNamedQuery(FollowUp.OF_CALL, FollowUp.class)
            .setParameter("call", c.getId())
            .getResultList());
  }

  /** A call with its referrals and follow-ups already at hand (a call just saved). */
  public CallView of(Call c, List<Referral> referrals, List<FollowUp> followUps) {
    return new CallView(
        c.getId(),
        c.getHotlineId(),
        hotlineName(c),
        c.getCounsellorId(),
        counsellorName(c.getCounsellorId()),
        c.getTeamId(),
        c.getStartedAt(),
        c.getEndedAt(),
        c.minutes(),
        c.getChannel(),
        c.getCallbackContact() == null ? null : Masking.mobile(c.getCallbackContact()),
        c.getAgeBand(),
        c.getSex(),
        c.getDivisionCode(),
        c.getGroup(),
        c.isForSelf(),
        c.getCallerToken(),
        c.getCategories(),
        c.getSummary(),
        c.getRisk(),
        c.getAssessedLevel(),
        c.getLevel(),
        c.getOverrideReason(),
        c.getCrisisSteps().stream()
            .map(s -> new CrisisAction(s.getKind(), s.getTakenAt()))
            .toList(),
        referrals.stream().map(CallViews::of).toList(),
        followUps.stream().map(this::of).toList(),
        c.getReviewDueAt(),
        c.getReviewedAt(),
        c.getReviewedBy(),
        c.getReviewNote(),
        c.getVersion());
  }

  public CallRow row(Call c) {
    return new CallRow(
        c.getId(),
        c.getStartedAt(),
        c.minutes(),
        hotlineName(c),
        counsellorName(c.getCounsellorId()),
        c.getChannel(),
        c.getGroup(),
        c.getLevel(),
        c.getCallerToken(),
        c.getReviewDueAt(),
        c.getReviewedAt() != null);
  }

  /** A call as an exported row, with its referrals (read for all exported calls at once). */
  public CallRecordRow exported(Call c, List<Referral> referrals) {
    return new CallRecordRow(
        c.getStartedAt(),
        c.getEndedAt(),
        c.minutes(),
        hotlineName(c),
        counsellorName(c.getCounsellorId()),
        c.getChannel(),
        c.getAgeBand(),
        c.getSex(),
        c.getDivisionCode(),
        c.getGroup(),
        c.isForSelf(),
        c.getCallerToken(),
        c.getCategories(),
        c.getSummary(),
        c.getAssessedLevel(),
        c.getLevel(),
        c.getOverrideReason(),
        c.getCrisisSteps().stream().map(s -> s.getKind()).toList(),
        referrals.stream().map(Referral::getTarget).toList(),
        c.getReviewedBy(),
        c.getReviewNote());
  }

  public static ReferralView of(Referral r) {
    return new ReferralView(
        r.getId(), r.getCallId(), r.getTarget(), r.getNote(), r.getAccepted(), r.getVersion());
  }

  public FollowUpView of(FollowUp f) {
    return new FollowUpView(
        f.getId(),
        f.getCallId(),
        f.getTask(),
        f.getDueOn(),
        f.getAssigneeId(),
        counsellorName(f.getAssigneeId()),
        f.getOutcome(),
        f.getDoneAt(),
        f.overdueOn(Beijing.today()),
        f.getVersion());
  }

  private String hotlineName(Call c) {
    return Optional.ofNullable(em.find(Hotline.class, c.getHotlineId()))
        .map(Hotline::getName)
        .orElse(null);
  }

  private String counsellorName(java.util.UUID id) {
    return Optional.ofNullable(em.find(Counsellor.class, id)).map(Counsellor::getName).orElse(null);
  }
}
