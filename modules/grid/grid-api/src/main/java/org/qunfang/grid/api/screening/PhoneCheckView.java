package org.qunfang.grid.api.screening;

import java.time.Instant;
import java.util.UUID;

/** One number of a list, masked, with its outcome once called. */
public record PhoneCheckView(
    UUID id,
    UUID listId,
    String phone,
    PhoneOutcome outcome,
    String note,
    String calledBy,
    Instant calledAt,
    long version) {}
