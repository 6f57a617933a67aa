package org.qunfang.grid.api;

import java.util.List;
import java.util.UUID;

/** A household and its members, personal values masked. */
public record HouseholdView(
    UUID id,
    UUID gridId,
    String gridCode,
    UUID buildingId,
    String address,
    String room,
    List<ResidentView> residents,
    long version) {}
