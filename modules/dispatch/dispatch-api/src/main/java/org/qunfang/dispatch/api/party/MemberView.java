package org.qunfang.dispatch.api.party;

import java.time.LocalDate;
import java.util.UUID;
import org.qunfang.dispatch.api.person.PartyStanding;

/** Someone's membership of an organisation: {@code leftOn} is null while they belong. */
public record MemberView(
    UUID personId, String name, PartyStanding standing, LocalDate joinedOn, LocalDate leftOn) {}
