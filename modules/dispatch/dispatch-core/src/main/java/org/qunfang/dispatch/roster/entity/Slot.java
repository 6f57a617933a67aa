package org.qunfang.dispatch.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.dispatch.api.person.Skill;
import org.qunfang.dispatch.planning.control.Span;
import org.qunfang.kernel.audit.AuditArea;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.entity.OptionalReference;

/**
 * One place on a shift, for one person, maybe needing a skill. It carries its shift's times, so
 * someone's shifts are found without a join. Filled by hand, it is pinned: the solver keeps it.
 */
@Entity
@Customizer(AuditingCustomizer.class)
@Table(name = "slot", schema = "dispatch")
@NamedQuery(
    name = Slot.OF_SHIFTS,
    query = "select s from Slot s where s.shiftId in :shifts order by s.shiftId, s.position")
@NamedQuery(
    name = Slot.IN_AREA,
    query =
        "select s from Slot s where s.divisionCode >= :lo and s.divisionCode < :hi"
            + " and s.startsAt >= :from and s.startsAt < :until order by s.startsAt, s.shiftId,"
            + " s.position")
@NamedQuery(
    name = Slot.OPEN_IN_AREA,
    query =
        "select s from Slot s where s.divisionCode >= :lo and s.divisionCode < :hi"
            + " and s.startsAt >= :from and s.startsAt < :until and s.shiftId in (select h.id from"
            + " Shift h where h.divisionCode >= :lo and h.divisionCode < :hi and h.startsAt >= :from"
            + " and h.startsAt < :until and h.cancelled = false)")
@NamedQuery(
    name = Slot.SERVED_BY,
    query =
        "select s from Slot s where s.personId = :person and s.signedInAt is not null"
            + " and s.signedOutAt is not null order by s.signedInAt")
@NamedQuery(
    name = Slot.SIGNED_OUT_IN_AREA,
    query =
        "select s from Slot s where s.divisionCode >= :lo and s.divisionCode < :hi"
            + " and s.signedOutAt >= :from and s.signedOutAt < :until and s.signedInAt is not null")
@NamedQuery(
    name = Slot.ON_DUTY_IN_AREA,
    query =
        "select count(s) from Slot s where s.divisionCode >= :lo and s.divisionCode < :hi"
            + " and s.signedInAt is not null and s.signedOutAt is null and s.startsAt <= :now"
            + " and s.endsAt > :now")
@NamedQuery(
    name = Slot.NO_SHOWS_IN_AREA,
    query =
        "select count(s) from Slot s where s.divisionCode >= :lo and s.divisionCode < :hi"
            + " and s.personId is not null and s.signedInAt is null and s.startsAt >= :from"
            + " and s.startsAt < :due and s.shiftId in (select h.id from Shift h where"
            + " h.cancelled = false and h.divisionCode >= :lo and h.divisionCode < :hi)")
@NamedQuery(
    name = Slot.OF_SHIFT_CODE,
    query =
        "select s from Slot s where s.personId = :person and s.shiftId in (select h.id from Shift h"
            + " where h.signInCode = :code and h.startsAt < :until and h.endsAt > :from)")
@NamedQuery(
    name = Slot.OF_PERSON_BETWEEN,
    query =
        "select s from Slot s where s.personId = :person and s.startsAt < :until"
            + " and s.endsAt > :from")
@NamedQuery(
    name = Slot.OF_PEOPLE_BETWEEN,
    query =
        "select s from Slot s where s.personId in :people and s.startsAt < :until"
            + " and s.endsAt > :from")
public class Slot extends AuditedEntity {

  public static final String OF_SHIFTS = "Slot.ofShifts";
  public static final String IN_AREA = "Slot.inArea";
  public static final String OPEN_IN_AREA = "Slot.openInArea";
  public static final String SERVED_BY = "Slot.servedBy";
  public static final String SIGNED_OUT_IN_AREA = "Slot.signedOutInArea";
  public static final String ON_DUTY_IN_AREA = "Slot.onDutyInArea";
  public static final String NO_SHOWS_IN_AREA = "Slot.noShowsInArea";
  public static final String OF_SHIFT_CODE = "Slot.ofShiftCode";
  public static final String OF_PERSON_BETWEEN = "Slot.ofPersonBetween";
  public static final String OF_PEOPLE_BETWEEN = "Slot.ofPeopleBetween";

  @Column(name = "shift_id", nullable = false, updatable = false)
  private UUID shiftId;

  @Column(name = "post_id", nullable = false, updatable = false)
  private UUID postId;

  @AuditArea
  @Column(name = "division_code", nullable = false, updatable = false, length = 12)
  private String divisionCode;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "skill", updatable = false, length = 16)
  private Skill skill;

  @Convert(converter = OptionalReference.class)
  @Column(name = "person_id")
  private UUID personId;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private Instant endsAt;

  @Column(name = "pinned", nullable = false)
  private boolean pinned;

  @Column(name = "signed_in_at")
  private Instant signedInAt;

  @Column(name = "signed_out_at")
  private Instant signedOutAt;

  @Column(name = "signed_by", length = 64)
  private String signedBy;

  @Column(name = "back_entry_reason", length = 200)
  private String backEntryReason;

  protected Slot() {}

  public Slot(Shift shift, int position, Skill skill) {
    this.shiftId = shift.getId();
    this.postId = shift.getPostId();
    this.divisionCode = shift.getDivisionCode();
    this.position = position;
    this.skill = skill;
    this.startsAt = shift.getStartsAt();
    this.endsAt = shift.getEndsAt();
  }

  /** Someone put here by hand: the solver will keep them. */
  public void assignByHand(UUID person) {
    this.personId = person;
    this.pinned = true;
  }

  /** Someone put here by the solver: the next run may move them. */
  public void assignBySolver(UUID person) {
    this.personId = person;
    this.pinned = false;
  }

  /** Signed in at the post, by whoever did it (the person, or their shift leader). */
  public void signIn(Instant at, String by) {
    this.signedInAt = at;
    this.signedBy = by;
  }

  public void signOut(Instant at, String by) {
    this.signedOutAt = at;
    this.signedBy = by;
  }

  /** Times a dispatcher entered afterwards, and why. */
  public void backEnter(Instant in, Instant out, String reason, String by) {
    this.signedInAt = in;
    this.signedOutAt = out;
    this.backEntryReason = reason;
    this.signedBy = by;
  }

  public Instant getSignedInAt() {
    return signedInAt;
  }

  public Instant getSignedOutAt() {
    return signedOutAt;
  }

  public String getBackEntryReason() {
    return backEntryReason;
  }

  public void release() {
    this.personId = null;
    this.pinned = false;
  }

  public UUID getShiftId() {
    return shiftId;
  }

  public UUID getPostId() {
    return postId;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public int getPosition() {
    return position;
  }

  public Skill getSkill() {
    return skill;
  }

  public UUID getPersonId() {
    return personId;
  }

  public Span getSpan() {
    return new Span(startsAt, endsAt);
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public boolean isPinned() {
    return pinned;
  }
}
