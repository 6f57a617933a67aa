package org.qunfang.care.api.help;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A request as the desk shows it; {@code overdue} when not done by {@code dueAt}. */
public record HelpView(
    UUID id,
    UUID observationId,
    UUID householdId,
    String divisionCode,
    String address,
    String askedFor,
    HelpKind kind,
    String details,
    Urgency urgency,
    AskedBy askedBy,
    HelpStatus status,
    Instant askedAt,
    Instant dueAt,
    boolean overdue,
    UUID takerId,
    String takerName,
    Instant takenAt,
    Instant doneAt,
    String note,
    BigDecimal advanced,
    BigDecimal repaid,
    String cancelReason,
    long version) {}
