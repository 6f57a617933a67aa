package org.qunfang.care.api.check;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.qunfang.care.api.type.CheckSlot;
import org.qunfang.care.api.type.Symptom;
import org.qunfang.kernel.pii.NotExported;

/**
 * An expected check (a day's slot, with its window) or an extra one (no slot), and what was
 * recorded. {@code tooClose} flags a check less than 8 hours after another of the same day; {@code
 * missed} a slot whose window closed with nothing recorded. Readings are masked in exports.
 */
public record CheckView(
    UUID id,
    LocalDate day,
    CheckSlot slot,
    Instant opens,
    Instant closes,
    Instant at,
    @NotExported BigDecimal temperature,
    @NotExported Set<Symptom> symptoms,
    Measurer measuredBy,
    String recordedBy,
    CheckStatus status,
    @NotExported String note,
    boolean tooClose,
    boolean missed) {}
