package org.qunfang.dispatch.api.roster;

import java.time.Instant;
import java.util.UUID;
import org.qunfang.dispatch.api.person.Skill;

/** A slot automatic rostering could not fill, and why, in the starter's language. */
public record EmptySlot(
    UUID slotId, String postName, Instant startsAt, Instant endsAt, Skill skill, String reason) {}
