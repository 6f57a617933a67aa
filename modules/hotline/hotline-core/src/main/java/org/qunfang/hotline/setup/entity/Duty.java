package org.qunfang.hotline.setup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;

/**
 * A counsellor on duty on a line for a stretch of time (值班). A counsellor is never on two duties at
 * once ({@link #overlaps}; the queries below say the same in JPQL).
 */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "duty", schema = "hotline")
@NamedQuery(
    name = Duty.OVERLAPPING,
    query = "select d from Duty d where d.startsAt < :to and d.endsAt > :from order by d.startsAt")
@NamedQuery(
    name = Duty.OF_COUNSELLOR_OVERLAPPING,
    query =
        "select d from Duty d where d.counsellorId = :counsellor and d.startsAt < :to"
            + " and d.endsAt > :from")
@NamedQuery(
    name = Duty.ON_LINE_AT,
    query =
        "select d from Duty d where d.hotlineId = :hotline and d.startsAt <= :at and d.endsAt > :at")
public class Duty extends AuditedEntity {

  public static final String OVERLAPPING = "Duty.overlapping";
  public static final String OF_COUNSELLOR_OVERLAPPING = "Duty.ofCounsellorOverlapping";
  public static final String ON_LINE_AT = "Duty.onLineAt";

  @Column(name = "hotline_id", nullable = false)
  private UUID hotlineId;

  @Column(name = "counsellor_id", nullable = false)
  private UUID counsellorId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  protected Duty() {}

  public Duty(UUID hotlineId, UUID counsellorId, Instant startsAt, Instant endsAt) {
    this.hotlineId = hotlineId;
    this.counsellorId = counsellorId;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
  }

  /** Whether this duty shares any moment with [from, to): one may end as the next begins. */
  public boolean overlaps(Instant from, Instant to) {
    return startsAt.isBefore(to) && endsAt.isAfter(from);
  }

  public UUID getHotlineId() {
    return hotlineId;
  }

  public UUID getCounsellorId() {
    return counsellorId;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }
}
