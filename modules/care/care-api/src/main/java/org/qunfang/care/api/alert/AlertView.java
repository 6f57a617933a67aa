package org.qunfang.care.api.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.qunfang.care.api.type.CheckSlot;

/**
 * An alert as the care desk shows it: whom it is about, why, since when, whether it has been
 * escalated to the township (open more than two hours); {@code day} and {@code slot} say which
 * check or test it is about, and what was done once closed.
 */
public record AlertView(
    UUID id,
    UUID observationId,
    String name,
    String divisionCode,
    AlertKind kind,
    LocalDate day,
    CheckSlot slot,
    Instant raisedAt,
    Instant escalatedAt,
    AlertAction action,
    TransferTarget transferredTo,
    String note,
    Instant actedAt,
    String actedBy,
    long version) {}
