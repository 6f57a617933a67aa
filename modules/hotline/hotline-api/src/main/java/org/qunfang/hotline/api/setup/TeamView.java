package org.qunfang.hotline.api.setup;

import java.util.UUID;

public record TeamView(UUID id, String name, UUID agencyId, String agencyName) {}
