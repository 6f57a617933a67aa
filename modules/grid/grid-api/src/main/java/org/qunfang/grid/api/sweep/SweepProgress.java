package org.qunfang.grid.api.sweep;

import java.util.List;
import org.qunfang.grid.api.AreaLevel;

/** A sweep's progress at one level, with the total over the caller's part of the sweep. */
public record SweepProgress(
    SweepView sweep, AreaLevel level, List<ProgressRow> rows, ProgressRow total) {}
