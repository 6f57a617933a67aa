package org.qunfang.care.api.team;

import java.time.Instant;
import java.util.UUID;

/** Who holds a place of someone's care team, and since when. */
public record TeamMemberView(TeamRole role, UUID personId, String name, Instant since) {}
