package org.qunfang.grid.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * New address details of a household, with the {@code version} the editor saw: a save over someone
 * else's newer change is refused (409), never merged silently.
 */
public record HouseholdChange(
    UUID buildingId,
    @NotBlank @Size(max = 200) String address,
    @Size(max = 30) String room,
    long version) {}
