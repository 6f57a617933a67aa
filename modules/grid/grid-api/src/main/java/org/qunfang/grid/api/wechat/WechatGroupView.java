package org.qunfang.grid.api.wechat;

import java.util.UUID;

public record WechatGroupView(
    UUID id,
    UUID gridId,
    String gridCode,
    String gridName,
    String name,
    String administrator,
    int householdsCovered,
    long version) {}
