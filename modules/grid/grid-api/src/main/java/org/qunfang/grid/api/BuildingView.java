package org.qunfang.grid.api;

import java.util.UUID;

public record BuildingView(UUID id, UUID gridId, String name, String address, long households) {}
