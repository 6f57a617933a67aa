package org.qunfang.hotline.api.call;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The call log. Details are read only by counsellors (their own team's calls) and supervisors
 * (all); every read is audited, and so is every refused one.
 */
public interface CallLog {

  /** Saves a call with everything it carries, in one transaction. */
  CallView record(@Valid @NotNull NewCall call);

  CallView read(UUID callId);

  /** The call-back contact in full (audited). */
  CallContact contact(UUID callId);

  /** Calls the caller may read, started from {@code from} to {@code to} (Beijing dates). */
  List<CallRow> list(LocalDate from, LocalDate to);

  /**
   * Individual records from {@code from} to {@code to}, for supervisors only, with the reason they
   * give; the export and the reason are audited (and so is a refused attempt).
   */
  List<CallRecordRow> export(LocalDate from, LocalDate to, String reason);

  /** A supervisor's review of a high or imminent call. */
  CallView review(UUID callId, @Valid @NotNull Review review);

  /** High and imminent calls whose 24-hour review is overdue, oldest first (supervisors). */
  List<CallRow> overdueReviews();

  /** High and imminent calls not reviewed yet, the most urgent first (supervisors). */
  List<CallRow> pendingReviews();

  ReferralView refer(UUID callId, @Valid @NotNull NewReferral referral);

  ReferralView referralOutcome(UUID referralId, @Valid @NotNull ReferralOutcome outcome);

  FollowUpView addFollowUp(UUID callId, @Valid @NotNull NewFollowUp followUp);

  FollowUpView completeFollowUp(UUID followUpId, @Valid @NotNull FollowUpDone done);

  /** Open follow-ups the caller may see; only overdue ones when asked. */
  List<FollowUpView> followUps(boolean overdueOnly);
}
