package org.qunfang.hotline.api.call;

import java.util.UUID;

/** {@code accepted} is null until known. */
public record ReferralView(
    UUID id, UUID callId, ReferralTarget target, String note, Boolean accepted, long version) {}
