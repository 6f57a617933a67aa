package org.qunfang.dispatch.api.attendance;

import java.time.Instant;
import java.util.UUID;
import org.qunfang.dispatch.api.person.Skill;

/** One person's place on a shift as the shift leader sees it at the post. */
public record PlaceOnDuty(
    UUID slotId,
    UUID personId,
    String name,
    String mobile,
    Skill skill,
    Presence presence,
    Instant signedInAt,
    Instant signedOutAt,
    long version) {}
