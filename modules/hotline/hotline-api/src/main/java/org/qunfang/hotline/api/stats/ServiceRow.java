package org.qunfang.hotline.api.stats;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Person-times of an agency on a day, per mode: entered by hand, counted from call records, and
 * their sum. A subtotal row has no day; the total row has no agency either.
 */
public record ServiceRow(
    UUID agencyId,
    String agencyName,
    LocalDate day,
    long offline,
    long phone,
    long online,
    long entered,
    long fromCalls,
    long total) {}
