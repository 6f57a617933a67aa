package org.qunfang.grid.api.publicity;

import java.time.LocalDate;
import java.util.UUID;

public record ActivityView(
    UUID id,
    String communityCode,
    String communityName,
    LocalDate heldOn,
    String title,
    int banners,
    int slogans,
    int householdsVisited,
    int personTimes,
    int wechatPosts,
    int articles,
    String recordedBy) {}
