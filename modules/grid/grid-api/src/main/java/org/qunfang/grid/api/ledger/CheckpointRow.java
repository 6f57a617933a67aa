package org.qunfang.grid.api.ledger;

import org.qunfang.grid.api.checkpoint.CheckpointKind;

/** 卡点设置情况表, one line: a checkpoint, how it is run, and its passages in the last seven days. */
public record CheckpointRow(
    String townshipName,
    String gridCode,
    String name,
    CheckpointKind kind,
    String location,
    String hours,
    boolean closedManagement,
    boolean active,
    long passagesWeek,
    long flaggedWeek) {}
