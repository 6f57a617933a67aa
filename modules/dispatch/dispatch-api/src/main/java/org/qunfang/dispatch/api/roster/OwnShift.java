package org.qunfang.dispatch.api.roster;

import java.time.Instant;
import java.util.UUID;
import org.qunfang.dispatch.api.person.Skill;

/** A shift of the caller's own: where, when, and as what. */
public record OwnShift(
    UUID shiftId,
    UUID slotId,
    String postName,
    String area,
    Instant startsAt,
    Instant endsAt,
    Skill skill) {}
