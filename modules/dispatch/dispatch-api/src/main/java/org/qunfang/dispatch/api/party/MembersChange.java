package org.qunfang.dispatch.api.party;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's members from now on, with its secretary and deputy; those no longer listed
 * leave today, the new ones join today. {@code version} is the one the editor saw.
 */
public record MembersChange(
    UUID secretaryId,
    UUID deputyId,
    @NotNull @Size(max = 500) List<@NotNull UUID> memberIds,
    long version) {}
