package org.qunfang.care.api.check;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.qunfang.kernel.pii.NotExported;

/** A nucleic-acid test due on a test day of the period (day 1 = the first day). */
public record TestView(
    UUID id,
    int dayNumber,
    LocalDate day,
    Instant sampledAt,
    @NotExported TestResult result,
    long version) {}
