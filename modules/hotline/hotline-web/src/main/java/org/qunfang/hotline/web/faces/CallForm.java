package org.qunfang.hotline.web.faces;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qunfang.hotline.api.call.AgeBand;
import org.qunfang.hotline.api.call.CallerSex;
import org.qunfang.hotline.api.call.Channel;
import org.qunfang.hotline.api.call.CrisisAction;
import org.qunfang.hotline.api.call.CrisisKind;
import org.qunfang.hotline.api.call.NewCall;
import org.qunfang.hotline.api.call.NewFollowUp;
import org.qunfang.hotline.api.call.NewReferral;
import org.qunfang.hotline.api.call.PopulationGroup;
import org.qunfang.hotline.api.call.ProblemCategory;
import org.qunfang.hotline.api.call.ReferralTarget;
import org.qunfang.hotline.api.call.RiskLevel;
import org.qunfang.hotline.api.call.RiskRule;
import org.qunfang.hotline.api.call.RiskScreen;

/** What the counsellor types while on a call; it becomes one {@link NewCall} when saved. */
public class CallForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** When the form opened: the call's start unless the counsellor corrects it. */
  /** Set by 接听 in the browser; 0 until the call is answered. */
  private long startedAtMillis;

  private UUID hotlineId;
  private Channel channel = Channel.PHONE;
  private AgeBand ageBand = AgeBand.UNKNOWN;
  private CallerSex sex = CallerSex.UNKNOWN;
  private PopulationGroup group = PopulationGroup.OTHER;
  private boolean forSelf = true;
  private String divisionCode;
  private String callerToken;
  private String callbackContact;
  private List<String> categories = new ArrayList<>();
  private boolean ideation;
  private boolean plan;
  private boolean means;
  private boolean pastAttempts;
  private boolean selfHarm;
  private boolean harmToOthers;
  private boolean protectiveFactors;
  private RiskLevel levelOverride;
  private String overrideReason;
  private final Map<CrisisKind, Instant> crisis = new EnumMap<>(CrisisKind.class);
  private List<String> crisisKinds = new ArrayList<>();
  private ReferralTarget referralTarget;
  private String referralNote;
  private String followUpTask;
  private LocalDate followUpDue;
  private String summary;

  public RiskScreen risk() {
    return new RiskScreen(
        ideation, plan, means, pastAttempts, selfHarm, harmToOthers, protectiveFactors);
  }

  public RiskLevel getAssessed() {
    return RiskRule.assess(risk());
  }

  /** Crisis steps are timed when ticked; one unticked again loses its time. */
  public void crisisChanged() {
    EnumSet<CrisisKind> ticked = EnumSet.noneOf(CrisisKind.class);
    crisisKinds.forEach(k -> ticked.add(CrisisKind.valueOf(k)));
    crisis.keySet().retainAll(ticked);
    ticked.forEach(k -> crisis.putIfAbsent(k, Instant.now()));
  }

  /** The call as saved now, answered by {@code me} for any follow-up. */
  public NewCall toCall(Instant now, UUID me) {
    crisisChanged();
    Instant started = Instant.ofEpochMilli(startedAtMillis);
    return new NewCall(
        hotlineId,
        started,
        now,
        channel,
        blankToNull(callbackContact),
        ageBand,
        sex,
        blankToNull(divisionCode),
        group,
        forSelf,
        blankToNull(callerToken),
        categories.stream()
            .map(ProblemCategory::valueOf)
            .collect(java.util.stream.Collectors.toSet()),
        blankToNull(summary),
        risk(),
        levelOverride,
        blankToNull(overrideReason),
        crisis.entrySet().stream()
            .map(
                e ->
                    new CrisisAction(
                        e.getKey(), e.getValue().isBefore(started) ? started : e.getValue()))
            .toList(),
        referralTarget == null ? null : new NewReferral(referralTarget, blankToNull(referralNote)),
        followUpTask == null || followUpTask.isBlank() || me == null
            ? List.of()
            : List.of(new NewFollowUp(followUpTask.strip(), followUpDue, me)));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public boolean isAnswered() {
    return startedAtMillis > 0;
  }

  public long getStartedAtMillis() {
    return startedAtMillis;
  }

  public void setStartedAtMillis(long startedAtMillis) {
    this.startedAtMillis = startedAtMillis;
  }

  public UUID getHotlineId() {
    return hotlineId;
  }

  public void setHotlineId(UUID hotlineId) {
    this.hotlineId = hotlineId;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public AgeBand getAgeBand() {
    return ageBand;
  }

  public void setAgeBand(AgeBand ageBand) {
    this.ageBand = ageBand;
  }

  public CallerSex getSex() {
    return sex;
  }

  public void setSex(CallerSex sex) {
    this.sex = sex;
  }

  public PopulationGroup getGroup() {
    return group;
  }

  public void setGroup(PopulationGroup group) {
    this.group = group;
  }

  public boolean isForSelf() {
    return forSelf;
  }

  public void setForSelf(boolean forSelf) {
    this.forSelf = forSelf;
  }

  public String getDivisionCode() {
    return divisionCode;
  }

  public void setDivisionCode(String divisionCode) {
    this.divisionCode = divisionCode;
  }

  public String getCallerToken() {
    return callerToken;
  }

  public void setCallerToken(String callerToken) {
    this.callerToken = callerToken;
  }

  public String getCallbackContact() {
    return callbackContact;
  }

  public void setCallbackContact(String callbackContact) {
    this.callbackContact = callbackContact;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories;
  }

  public boolean isIdeation() {
    return ideation;
  }

  public void setIdeation(boolean ideation) {
    this.ideation = ideation;
  }

  public boolean isPlan() {
    return plan;
  }

  public void setPlan(boolean plan) {
    this.plan = plan;
  }

  public boolean isMeans() {
    return means;
  }

  public void setMeans(boolean means) {
    this.means = means;
  }

  public boolean isPastAttempts() {
    return pastAttempts;
  }

  public void setPastAttempts(boolean pastAttempts) {
    this.pastAttempts = pastAttempts;
  }

  public boolean isSelfHarm() {
    return selfHarm;
  }

  public void setSelfHarm(boolean selfHarm) {
    this.selfHarm = selfHarm;
  }

  public boolean isHarmToOthers() {
    return harmToOthers;
  }

  public void setHarmToOthers(boolean harmToOthers) {
    this.harmToOthers = harmToOthers;
  }

  public boolean isProtectiveFactors() {
    return protectiveFactors;
  }

  public void setProtectiveFactors(boolean protectiveFactors) {
    this.protectiveFactors = protectiveFactors;
  }

  public RiskLevel getLevelOverride() {
    return levelOverride;
  }

  public void setLevelOverride(RiskLevel levelOverride) {
    this.levelOverride = levelOverride;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }

  public List<String> getCrisisKinds() {
    return crisisKinds;
  }

  public void setCrisisKinds(List<String> crisisKinds) {
    this.crisisKinds = crisisKinds;
  }

  public ReferralTarget getReferralTarget() {
    return referralTarget;
  }

  public void setReferralTarget(ReferralTarget referralTarget) {
    this.referralTarget = referralTarget;
  }

  public String getReferralNote() {
    return referralNote;
  }

  public void setReferralNote(String referralNote) {
    this.referralNote = referralNote;
  }

  public String getFollowUpTask() {
    return followUpTask;
  }

  public void setFollowUpTask(String followUpTask) {
    this.followUpTask = followUpTask;
  }

  public LocalDate getFollowUpDue() {
    return followUpDue;
  }

  public void setFollowUpDue(LocalDate followUpDue) {
    this.followUpDue = followUpDue;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }
}
