package org.qunfang.dispatch.api.roster;

import java.util.List;

/**
 * What automatic rostering did: of the period's {@code slots}, {@code filled} now have someone,
 * {@code kept} were filled by hand and left alone, {@code skipped} were changed by hand while it
 * ran (and kept as changed); {@code unfilled} could not be filled, each with its reason.
 */
public record AutoRosterOutcome(
    int slots,
    int filled,
    int kept,
    int skipped,
    int unfilled,
    boolean stopped,
    List<EmptySlot> empties) {}
