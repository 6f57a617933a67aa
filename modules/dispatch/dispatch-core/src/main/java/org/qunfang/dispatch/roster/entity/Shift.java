package org.qunfang.dispatch.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.dispatch.planning.control.Span;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/** One shift of a post, from its start to its end; its places are {@link Slot}s. */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "shift", schema = "dispatch")
@NamedQuery(
    name = Shift.IN_AREA,
    query =
        "select s from Shift s where s.divisionCode >= :lo and s.divisionCode < :hi"
            + " and s.startsAt >= :from and s.startsAt < :until order by s.startsAt, s.divisionCode")
@NamedQuery(
    name = Shift.STARTS_OF_POST,
    query =
        "select s.startsAt from Shift s where s.postId = :post and s.startsAt >= :from"
            + " and s.startsAt < :until")
@NamedQuery(
    name = Shift.AROUND_IN_AREA,
    query =
        "select s from Shift s where s.divisionCode >= :lo and s.divisionCode < :hi"
            + " and s.startsAt < :until and s.endsAt > :from and s.cancelled = false"
            + " order by s.startsAt, s.divisionCode")
@NamedQuery(
    name = Shift.FUTURE_OF_POST,
    query =
        "select s from Shift s where s.postId = :post and s.startsAt >= :from"
            + " and s.cancelled = false")
public class Shift extends AuditedEntity {

  public static final String IN_AREA = "Shift.inArea";
  public static final String STARTS_OF_POST = "Shift.startsOfPost";
  public static final String AROUND_IN_AREA = "Shift.aroundInArea";
  public static final String FUTURE_OF_POST = "Shift.futureOfPost";

  @Column(name = "post_id", nullable = false, updatable = false)
  private UUID postId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private Instant endsAt;

  @Column(name = "cancelled", nullable = false)
  private boolean cancelled;

  @Column(name = "sign_in_code", length = 6)
  private String signInCode;

  private static final java.security.SecureRandom CODES = new java.security.SecureRandom();

  protected Shift() {}

  public Shift(UUID postId, String area, Span span) {
    this.postId = postId;
    this.divisionCode = area;
    this.startsAt = span.start();
    this.endsAt = span.end();
  }

  /** The code the people on this shift sign themselves in with, made when first asked for. */
  public String signInCode() {
    if (signInCode == null) {
      signInCode = String.format("%06d", CODES.nextInt(1_000_000));
    }
    return signInCode;
  }

  public void cancel() {
    cancelled = true;
  }

  public UUID getPostId() {
    return postId;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public Span getSpan() {
    return new Span(startsAt, endsAt);
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public boolean isCancelled() {
    return cancelled;
  }
}
