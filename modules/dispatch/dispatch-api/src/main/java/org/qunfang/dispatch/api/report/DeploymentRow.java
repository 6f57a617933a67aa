package org.qunfang.dispatch.api.report;

/**
 * One township's line of 党员干部下沉一线情况统计表: its temporary committees and branches, the party members,
 * cadres (and how many units sent them) and volunteers registered, those on duty now, and the hours
 * served in the month.
 */
public record DeploymentRow(
    String name,
    long committees,
    long branches,
    long partyMembers,
    long cadres,
    long units,
    long volunteers,
    long onDuty,
    String hours) {}
