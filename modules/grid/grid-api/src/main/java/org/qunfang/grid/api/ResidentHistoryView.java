package org.qunfang.grid.api;

import java.time.Instant;
import java.time.LocalDate;

/** One event of a resident's history: what, on which day, from where to where, noted by whom. */
public record ResidentHistoryView(
    ResidentEvent event,
    LocalDate on,
    String fromAddress,
    String toAddress,
    String note,
    String recordedBy,
    Instant recordedAt) {}
