package org.qunfang.care.api.figures;

/**
 * An area's care at this moment, for the dashboard: people observed, those whose period is over and
 * who wait for release, open alerts, and help requests in hand and overdue.
 */
public record CareNow(
    long observed, long periodOver, long openAlerts, long helpInHand, long helpOverdue) {}
