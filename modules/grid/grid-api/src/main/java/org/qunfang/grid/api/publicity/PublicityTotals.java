package org.qunfang.grid.api.publicity;

/** Publicity counted for a community or township over a period. */
public record PublicityTotals(
    String code,
    String name,
    long activities,
    long banners,
    long slogans,
    long householdsVisited,
    long personTimes,
    long wechatPosts,
    long articles) {}
