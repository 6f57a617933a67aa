package org.qunfang.hotline.api.setup;

import java.util.UUID;

public record AgencyView(UUID id, String name) {}
