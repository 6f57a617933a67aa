package org.qunfang.care.api.team;

import java.time.Instant;
import java.util.UUID;

/** A past or present holder of a team place: from when, until when (null while they hold it). */
public record TeamHistoryView(
    TeamRole role, UUID personId, String name, Instant from, Instant until, String by) {}
