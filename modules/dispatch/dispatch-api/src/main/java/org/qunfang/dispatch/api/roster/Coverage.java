package org.qunfang.dispatch.api.roster;

import java.time.Instant;
import java.util.List;

/**
 * The shifts of an area over some days: those starting in the next 24 hours first, then the rest by
 * time. {@code gapsNext24h} counts their empty slots.
 */
public record Coverage(
    String area,
    Instant from,
    Instant until,
    long slots,
    long gaps,
    long gapsNext24h,
    List<ShiftView> shifts) {}
