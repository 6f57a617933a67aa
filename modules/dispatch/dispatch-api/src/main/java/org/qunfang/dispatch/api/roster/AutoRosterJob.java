package org.qunfang.dispatch.api.roster;

import java.util.UUID;

/**
 * An automatic rostering run as its starter sees it: {@code state} is QUEUED, RUNNING, DONE, FAILED
 * or INTERRUPTED; {@code done} of {@code total} seconds of solving have passed.
 */
public record AutoRosterJob(
    UUID id,
    String state,
    String phase,
    int done,
    int total,
    String failure,
    long millis,
    AutoRosterOutcome outcome) {}
