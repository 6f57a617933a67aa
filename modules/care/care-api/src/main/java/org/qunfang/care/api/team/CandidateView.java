package org.qunfang.care.api.team;

import java.util.UUID;

/**
 * Someone who could take a place: whether they serve in the observed person's community, and how
 * many people are in their care now.
 */
public record CandidateView(
    UUID personId, String name, String area, boolean sameCommunity, long load) {}
