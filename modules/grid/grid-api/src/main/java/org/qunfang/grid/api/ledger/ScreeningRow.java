package org.qunfang.grid.api.ledger;

/** 来(返)人员摸排情况表, one line: arrivals by follow-up status, and phone screening. */
public record ScreeningRow(
    String code,
    String name,
    long arrivals,
    long filed,
    long pending,
    long homeMonitoring,
    long centralIsolation,
    long cleared,
    long left,
    long phoneNumbers,
    long phoneCalled,
    long phoneInArea) {}
