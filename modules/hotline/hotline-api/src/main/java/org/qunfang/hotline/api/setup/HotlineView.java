package org.qunfang.hotline.api.setup;

import java.util.UUID;

public record HotlineView(
    UUID id, String name, String number, boolean roundTheClock, String hours) {}
