package org.qunfang.care.api.team;

import java.util.List;

/** The candidates for one place, best first: own community, then the lightest load. */
public record TeamSuggestion(TeamRole role, List<CandidateView> candidates) {}
