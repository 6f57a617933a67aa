package org.qunfang.grid.api.ledger;

import java.util.List;
import java.util.Optional;
import org.qunfang.grid.api.checkpoint.DailyCount;
import org.qunfang.grid.api.sweep.SweepProgress;

/** The key counts of an area, its parts side by side, the latest sweep and two weeks of gates. */
public record Dashboard(
    String areaCode,
    String areaName,
    OrganisationRow total,
    List<OrganisationRow> parts,
    ScreeningRow screening,
    long checkpointsActive,
    Optional<SweepProgress> sweep,
    List<DailyCount> passages) {}
