package org.qunfang.hotline.call.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.hotline.api.call.ReferralTarget;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** A referral made on a call; {@code accepted} stays null until it is known. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "referral", schema = "hotline")
@NamedQuery(
    name = Referral.OF_CALL,
    query = "select r from Referral r where r.callId = :call order by r.createdAt")
@NamedQuery(name = Referral.OF_CALLS, query = "select r from Referral r where r.callId in :calls")
public class Referral extends AuditedEntity {

  public static final String OF_CALL = "Referral.ofCall";
  public static final String OF_CALLS = "Referral.ofCalls";

  @Column(name = "call_id", nullable = false, updatable = false)
  private UUID callId;

  @Enumerated(EnumType.STRING)
  @Column(name = "target", nullable = false, length = 24)
  private ReferralTarget target;

  @Column(name = "note", length = 200)
  private String note;

  @Column(name = "accepted")
  private Boolean accepted;

  protected Referral() {}

  public Referral(UUID callId, ReferralTarget target, String note) {
    this.callId = callId;
    this.target = target;
    this.note = note == null || note.isBlank() ? null : note.strip();
  }

  /** The note may name people or places; the target and whether it was accepted stay. */
  public void anonymise() {
    note = null;
  }

  public void accepted(boolean accepted) {
    this.accepted = accepted;
  }

  public UUID getCallId() {
    return callId;
  }

  public ReferralTarget getTarget() {
    return target;
  }

  public String getNote() {
    return note;
  }

  public Boolean getAccepted() {
    return accepted;
  }
}
