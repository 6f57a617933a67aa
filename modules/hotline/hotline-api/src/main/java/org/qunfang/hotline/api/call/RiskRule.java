package org.qunfang.hotline.api.call;

/**
 * The stated rule that turns a risk screen into a level. It is here, in the api, so that the call
 * screen shows the level as the counsellor ticks the boxes, and the server applies the same rule.
 *
 * <ol>
 *   <li><b>Imminent</b>: suicidal ideation with a plan and access to the means.
 *   <li><b>High</b>: ideation with a plan or with past attempts; or intent to harm others.
 *   <li><b>Medium</b>: ideation alone, self-harm, or past attempts.
 *   <li><b>Low</b>: none of these.
 * </ol>
 *
 * Protective factors (family, reasons for living, help accepted) lower medium to low. They never
 * lower high or imminent: a counsellor who judges otherwise overrides the level and says why.
 */
public final class RiskRule {

  private RiskRule() {}

  public static RiskLevel assess(RiskScreen s) {
    if (s.suicidalIdeation() && s.plan() && s.means()) {
      return RiskLevel.IMMINENT;
    }
    if (s.suicidalIdeation() && (s.plan() || s.pastAttempts()) || s.harmToOthers()) {
      return RiskLevel.HIGH;
    }
    if (s.suicidalIdeation() || s.selfHarm() || s.pastAttempts()) {
      return s.protectiveFactors() ? RiskLevel.LOW : RiskLevel.MEDIUM;
    }
    return RiskLevel.LOW;
  }
}
