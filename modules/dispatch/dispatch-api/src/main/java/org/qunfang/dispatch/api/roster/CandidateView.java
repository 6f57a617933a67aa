package org.qunfang.dispatch.api.roster;

import java.util.UUID;

/** Someone who could take a slot without breaking a rule, with their hours that week. */
public record CandidateView(UUID personId, String name, long weekHours, boolean homeCommunity) {}
