package org.qunfang.hotline.api.call;

/** The structured risk screen asked on every call (心理援助热线技术指南, 2021). */
public record RiskScreen(
    boolean suicidalIdeation,
    boolean plan,
    boolean means,
    boolean pastAttempts,
    boolean selfHarm,
    boolean harmToOthers,
    boolean protectiveFactors) {

  public static final RiskScreen NONE =
      new RiskScreen(false, false, false, false, false, false, false);
}
