package org.qunfang.hotline.call.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.pii.Personal;

/** A follow-up task on a call: due on a day, assigned to a counsellor, done with an outcome. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "follow_up", schema = "hotline")
@NamedQuery(
    name = FollowUp.OF_CALL,
    query = "select f from FollowUp f where f.callId = :call order by f.dueOn")
@NamedQuery(
    name = FollowUp.OPEN_DUE_BEFORE,
    query =
        "select f, c.teamId from FollowUp f, HotlineCall c where c.id = f.callId"
            + " and f.doneAt is null and f.dueOn < :day order by f.dueOn")
@NamedQuery(name = FollowUp.OF_CALLS, query = "select f from FollowUp f where f.callId in :calls")
public class FollowUp extends AuditedEntity {

  public static final String OF_CALL = "FollowUp.ofCall";
  public static final String OF_CALLS = "FollowUp.ofCalls";

  /** Open follow-ups due before a day, each with the team of its call (who may see it). */
  public static final String OPEN_DUE_BEFORE = "FollowUp.openDueBefore";

  @Column(name = "call_id", nullable = false, updatable = false)
  private UUID callId;

  @Personal(Personal.Kind.SECRET)
  @Column(name = "task", nullable = false, length = 200)
  private String task;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "assignee_id", nullable = false)
  private UUID assigneeId;

  @Personal(Personal.Kind.SECRET)
  @Column(name = "outcome", length = 500)
  private String outcome;

  @Column(name = "done_at")
  private Instant doneAt;

  protected FollowUp() {}

  public FollowUp(UUID callId, String task, LocalDate dueOn, UUID assigneeId) {
    this.callId = callId;
    this.task = task.strip();
    this.dueOn = dueOn;
    this.assigneeId = assigneeId;
  }

  /** The task and outcome texts go; due date, assignee and whether it was done stay. */
  public void anonymise() {
    task = Call.ANONYMOUS;
    outcome = outcome == null ? null : Call.ANONYMOUS;
  }

  public void done(String outcome, Instant at) {
    this.outcome = outcome.strip();
    this.doneAt = at;
  }

  public boolean overdueOn(LocalDate today) {
    return doneAt == null && dueOn.isBefore(today);
  }

  public UUID getCallId() {
    return callId;
  }

  public String getTask() {
    return task;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public UUID getAssigneeId() {
    return assigneeId;
  }

  public String getOutcome() {
    return outcome;
  }

  public Instant getDoneAt() {
    return doneAt;
  }
}
