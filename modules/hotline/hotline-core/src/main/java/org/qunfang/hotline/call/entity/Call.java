package org.qunfang.hotline.call.entity;

import static org.qunfang.hotline.api.HotlineTexts.TEXTS;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Customizer;
import org.qunfang.hotline.api.call.AgeBand;
import org.qunfang.hotline.api.call.CallerSex;
import org.qunfang.hotline.api.call.Channel;
import org.qunfang.hotline.api.call.NewCall;
import org.qunfang.hotline.api.call.PopulationGroup;
import org.qunfang.hotline.api.call.ProblemCategory;
import org.qunfang.hotline.api.call.RiskLevel;
import org.qunfang.hotline.api.call.RiskRule;
import org.qunfang.hotline.api.call.RiskScreen;
import org.qunfang.kernel.audit.AuditingCustomizer;
import org.qunfang.kernel.entity.AuditedEntity;
import org.qunfang.kernel.pii.EncryptedString;
import org.qunfang.kernel.pii.Personal;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.time.Beijing;

/**
 * A call to a hotline. The caller is anonymous: a token links their calls, and a call-back contact
 * is kept (encrypted) only if they agreed. The risk level is the stated rule's unless the
 * counsellor overrode it with a reason; high and imminent calls are due for review in 24 hours.
 */
@Entity(name = "HotlineCall") // the name the audit trail shows
@Customizer(AuditingCustomizer.class)
@Table(name = "call_record", schema = "hotline")
@NamedQuery(
    name = Call.STARTED_BETWEEN,
    query =
        "select c from HotlineCall c where c.startedAt >= :from and c.startedAt < :to"
            + " order by c.startedAt desc")
@NamedQuery(
    name = Call.OF_TEAM_STARTED_BETWEEN,
    query =
        "select c from HotlineCall c where c.teamId = :team and c.startedAt >= :from and c.startedAt < :to"
            + " order by c.startedAt desc")
@NamedQuery(
    name = Call.EXPIRED,
    query =
        "select c from HotlineCall c where c.endedAt < :before and c.anonymisedAt is null"
            + " order by c.endedAt")
@NamedQuery(
    name = Call.REVIEW_PENDING,
    query =
        "select c from HotlineCall c where c.reviewDueAt is not null and c.reviewedAt is null"
            + " order by c.reviewDueAt")
@NamedQuery(
    name = Call.REVIEW_OVERDUE,
    query =
        "select c from HotlineCall c where c.reviewDueAt < :now and c.reviewedAt is null"
            + " order by c.reviewDueAt")
public class Call extends AuditedEntity {

  public static final String STARTED_BETWEEN = "Call.startedBetween";
  public static final String OF_TEAM_STARTED_BETWEEN = "Call.ofTeamStartedBetween";
  public static final String REVIEW_OVERDUE = "Call.reviewOverdue";
  public static final String REVIEW_PENDING = "Call.reviewPending";
  public static final String EXPIRED = "Call.expired";

  /** What an anonymised call keeps of a caller token or a required text. */
  public static final String ANONYMOUS = "ANON";

  /** The guideline's window for a supervisor's review of a high-risk call. */
  public static final Duration REVIEW_WITHIN = Duration.ofHours(24);

  @Column(name = "hotline_id", nullable = false, updatable = false)
  private UUID hotlineId;

  @Column(name = "counsellor_id", nullable = false, updatable = false)
  private UUID counsellorId;

  @Column(name = "team_id", nullable = false, updatable = false)
  private UUID teamId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at", nullable = false)
  private Instant endedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 16)
  private Channel channel;

  @Personal(Personal.Kind.MOBILE)
  @Convert(converter = EncryptedString.class)
  @Column(name = "callback_contact", length = 200)
  private String callbackContact;

  @Personal(Personal.Kind.SECRET)
  @Enumerated(EnumType.STRING)
  @Column(name = "age_band", nullable = false, length = 16)
  private AgeBand ageBand;

  @Personal(Personal.Kind.SECRET)
  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false, length = 8)
  private CallerSex sex;

  @Personal(Personal.Kind.SECRET)
  @Column(name = "division_code", length = 12)
  private String divisionCode;

  @Personal(Personal.Kind.SECRET)
  @Enumerated(EnumType.STRING)
  @Column(name = "population_group", nullable = false, length = 24)
  private PopulationGroup group;

  @Personal(Personal.Kind.SECRET)
  @Column(name = "for_self", nullable = false)
  private boolean forSelf;

  @Personal(Personal.Kind.SECRET)
  @Column(name = "caller_token", nullable = false, length = 12)
  private String callerToken;

  /**
   * What was said, and everything that tells who called or how they were (screen, levels,
   * categories, crisis steps), stays out of the audit trail, which auditors of any area read.
   */
  @Personal(Personal.Kind.SECRET)
  @Column(name = "summary", length = 2000)
  private String summary;

  /** Loaded when read, for all calls of a result at once; lists of calls never touch them. */
  @Personal(Personal.Kind.SECRET)
  @ElementCollection(fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @Enumerated(EnumType.STRING)
  @CollectionTable(
      name = "call_category",
      schema = "hotline",
      joinColumns = @JoinColumn(name = "call_id"))
  @Column(name = "category", length = 24)
  private Set<ProblemCategory> categories = EnumSet.noneOf(ProblemCategory.class);

  @Personal(Personal.Kind.SECRET)
  @Column(name = "suicidal_ideation", nullable = false)
  private boolean suicidalIdeation;

  @Personal(Personal.Kind.SECRET)
  @Column(name = "suicide_plan", nullable = false)
  private boolean plan;

  @Personal(Personal.Kind.SECRET)
  @Column(name = "means", nullable = false)
  private boolean means;

  @Personal(Personal.Kind.SECRET)
  @Column(name = "past_attempts", nullable = false)
  private boolean pastAttempts;

  @Personal(Personal.Kind.SECRET)
  @Column(name = "self_harm", nullable = false)
  private boolean selfHarm;

  @Personal(Personal.Kind.SECRET)
  @Column(name = "harm_to_others", nullable = false)
  private boolean harmToOthers;

  @Personal(Personal.Kind.SECRET)
  @Column(name = "protective_factors", nullable = false)
  private boolean protectiveFactors;

  @Personal(Personal.Kind.SECRET)
  @Enumerated(EnumType.STRING)
  @Column(name = "assessed_level", nullable = false, length = 10)
  private RiskLevel assessedLevel;

  @Personal(Personal.Kind.SECRET)
  @Enumerated(EnumType.STRING)
  @Column(name = "risk_level", nullable = false, length = 10)
  private RiskLevel level;

  @Personal(Personal.Kind.SECRET)
  @Column(name = "override_reason", length = 500)
  private String overrideReason;

  @Personal(Personal.Kind.SECRET)
  @ElementCollection(fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(
      name = "crisis_action",
      schema = "hotline",
      joinColumns = @JoinColumn(name = "call_id"))
  private List<CrisisStep> crisisSteps = new ArrayList<>();

  @Column(name = "review_due_at")
  private Instant reviewDueAt;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Personal(Personal.Kind.SECRET)
  @Column(name = "review_note", length = 1000)
  private String reviewNote;

  @Column(name = "anonymised_at")
  private Instant anonymisedAt;

  protected Call() {}

  /** A call as logged; the request has been checked (times, override reason, crisis steps). */
  public Call(NewCall c, UUID counsellorId, UUID teamId, String callerToken) {
    this.hotlineId = c.hotlineId();
    this.counsellorId = counsellorId;
    this.teamId = teamId;
    this.startedAt = c.startedAt();
    this.endedAt = c.endedAt();
    this.channel = c.channel();
    this.callbackContact = blankToNull(c.callbackContact());
    this.ageBand = c.ageBand();
    this.sex = c.sex();
    this.divisionCode = blankToNull(c.divisionCode());
    this.group = c.group();
    this.forSelf = c.forSelf();
    this.callerToken = callerToken;
    this.summary = blankToNull(c.summary());
    this.categories = EnumSet.copyOf(c.categories());
    RiskScreen s = c.risk();
    this.suicidalIdeation = s.suicidalIdeation();
    this.plan = s.plan();
    this.means = s.means();
    this.pastAttempts = s.pastAttempts();
    this.selfHarm = s.selfHarm();
    this.harmToOthers = s.harmToOthers();
    this.protectiveFactors = s.protectiveFactors();
    this.assessedLevel = RiskRule.assess(s);
    this.level = c.levelOverride() == null ? assessedLevel : c.levelOverride();
    this.overrideReason = level == assessedLevel ? null : c.overrideReason().strip();
    if (c.crisisActions() != null) {
      c.crisisActions().forEach(a -> crisisSteps.add(new CrisisStep(a.kind(), a.at())));
    }
    this.reviewDueAt = level.needsReview() ? endedAt.plus(REVIEW_WITHIN) : null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A supervisor's review; the caller has checked that one is due and not yet done. */
  /**
   * A supervisor's review (督导复核) of a high or imminent risk call, once: a lower-risk call needs
   * none, and a second review would overwrite the first.
   */
  public void review(String supervisor, String note, Instant at) {
    if (!level.needsReview()) {
      throw new InvalidInput(new Message(TEXTS, "review.notNeeded"), "note");
    }
    if (reviewedAt != null) {
      throw new Conflict(
          new Message(TEXTS, "review.already", reviewedBy, Beijing.format(reviewedAt)));
    }
    this.reviewedBy = supervisor;
    this.reviewNote = note.strip();
    this.reviewedAt = at;
  }

  /**
   * Past the retention period: everything that could point to the caller or repeat what they said
   * goes; what the statistics count (line, time, channel, age band, sex, group, categories, risk,
   * crisis steps) stays. The area is kept only to the county.
   */
  public void anonymise(Instant at) {
    callbackContact = null;
    callerToken = ANONYMOUS;
    summary = null;
    divisionCode =
        divisionCode == null || divisionCode.length() <= 6
            ? divisionCode
            : divisionCode.substring(0, 6);
    overrideReason = overrideReason == null ? null : ANONYMOUS;
    reviewNote = null;
    anonymisedAt = at;
  }

  public Instant getAnonymisedAt() {
    return anonymisedAt;
  }

  public RiskScreen getRisk() {
    return new RiskScreen(
        suicidalIdeation, plan, means, pastAttempts, selfHarm, harmToOthers, protectiveFactors);
  }

  public long minutes() {
    return Duration.between(startedAt, endedAt).toMinutes();
  }

  public UUID getHotlineId() {
    return hotlineId;
  }

  public UUID getCounsellorId() {
    return counsellorId;
  }

  public UUID getTeamId() {
    return teamId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getCallbackContact() {
    return callbackContact;
  }

  public AgeBand getAgeBand() {
    return ageBand;
  }

  public CallerSex getSex() {
    return sex;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public PopulationGroup getGroup() {
    return group;
  }

  public boolean isForSelf() {
    return forSelf;
  }

  public String getCallerToken() {
    return callerToken;
  }

  public String getSummary() {
    return summary;
  }

  public Set<ProblemCategory> getCategories() {
    return categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories);
  }

  public RiskLevel getAssessedLevel() {
    return assessedLevel;
  }

  public RiskLevel getLevel() {
    return level;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public List<CrisisStep> getCrisisSteps() {
    return List.copyOf(crisisSteps);
  }

  public Instant getReviewDueAt() {
    return reviewDueAt;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public String getReviewNote() {
    return reviewNote;
  }
}
