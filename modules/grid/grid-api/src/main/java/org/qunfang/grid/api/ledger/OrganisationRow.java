package org.qunfang.grid.api.ledger;

/** 网格化管理台账, one line: a township's (or community's) grids, staff, people and WeChat reach. */
public record OrganisationRow(
    String code,
    String name,
    long bigGrids,
    long smallGrids,
    long leaders,
    long members,
    long households,
    long residents,
    long wechatGroups,
    long householdsCovered,
    double coveragePercent) {}
