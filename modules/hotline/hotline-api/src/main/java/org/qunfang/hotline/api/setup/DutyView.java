package org.qunfang.hotline.api.setup;

import java.time.Instant;
import java.util.UUID;

public record DutyView(
    UUID id,
    UUID hotlineId,
    String hotlineName,
    UUID counsellorId,
    String counsellorName,
    Instant startsAt,
    Instant endsAt) {}
