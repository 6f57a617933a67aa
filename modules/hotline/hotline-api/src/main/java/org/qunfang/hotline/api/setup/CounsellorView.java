package org.qunfang.hotline.api.setup;

import java.util.UUID;

public record CounsellorView(
    UUID id,
    String name,
    Qualification qualification,
    UUID teamId,
    String teamName,
    String account) {}
