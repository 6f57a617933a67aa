package org.qunfang.grid.api.todo;

/**
 * An area's field work waiting: arrivals not yet followed up (待跟进), households the running sweeps
 * have not visited, and passages at its gates today with a temperature at or over 37.3 ℃.
 */
public record GridWaiting(long arrivalsPending, long householdsToVisit, long feversToday) {}
