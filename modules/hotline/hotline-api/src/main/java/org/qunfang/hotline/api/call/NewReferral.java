package org.qunfang.hotline.api.call;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A referral made on a call; whether it was accepted is recorded when known. */
public record NewReferral(@NotNull ReferralTarget target, @Size(max = 200) String note) {}
