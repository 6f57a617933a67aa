package org.qunfang.dispatch.api.report;

/**
 * One shift of 卡点值守排班表: when, where, who, and how many places are still empty ({@code gaps} as
 * printed, {@code places} and {@code empty} as counted).
 */
public record RosterRow(
    String day, String time, String post, String people, String gaps, long places, long empty) {}
