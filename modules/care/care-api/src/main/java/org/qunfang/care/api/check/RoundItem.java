package org.qunfang.care.api.check;

import java.time.LocalDate;
import java.util.UUID;

/** One person's slot on a round: whom to check, which slot, and whether it has been done. */
public record RoundItem(
    UUID observationId, String name, String address, LocalDate plannedEnd, CheckView check) {}
