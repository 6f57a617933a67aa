package org.qunfang.dispatch.api.post;

import java.util.List;
import java.util.UUID;

public record PostView(
    UUID id,
    String name,
    PostKind kind,
    String area,
    UUID checkpointId,
    ShiftPattern pattern,
    List<ShiftNeed> needs,
    boolean active,
    long version) {}
