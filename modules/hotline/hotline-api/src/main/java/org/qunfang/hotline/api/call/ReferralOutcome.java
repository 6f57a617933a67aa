package org.qunfang.hotline.api.call;

/** Whether the referral was accepted, on the referral version the editor saw. */
public record ReferralOutcome(boolean accepted, long version) {}
