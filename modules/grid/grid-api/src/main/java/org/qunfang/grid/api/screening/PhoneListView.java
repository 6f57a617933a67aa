package org.qunfang.grid.api.screening;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A phone-screening list and its progress: numbers called of all, and outcomes counted. */
public record PhoneListView(
    UUID id,
    String name,
    String source,
    String divisionCode,
    Instant importedAt,
    long numbers,
    long called,
    Map<PhoneOutcome, Long> outcomes) {}
