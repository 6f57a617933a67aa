package org.qunfang.dispatch.api.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qunfang.kernel.validation.DivisionCodeFormat;

/**
 * A party member's record: the organisation that holds their membership, their standing, and the
 * residential community they reported to (双报到), where the roster likes to put them.
 */
public record Membership(
    @NotBlank @Size(max = 100) String organisation,
    @NotNull PartyStanding standing,
    @DivisionCodeFormat String reportCommunity) {}
