package org.qunfang.dispatch.api.report;

/**
 * An area's duty at a glance: people on duty now, empty places in the next 24 hours, no-shows
 * today.
 */
public record DutyFigures(long onDuty, long gapsNext24h, long noShowsToday) {}
