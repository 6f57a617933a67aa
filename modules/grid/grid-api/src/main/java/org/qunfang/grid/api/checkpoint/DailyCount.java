package org.qunfang.grid.api.checkpoint;

import java.time.LocalDate;

/**
 * One day at a checkpoint (Beijing time): people, vehicles, flagged temperatures, non-green codes.
 */
public record DailyCount(LocalDate day, long persons, long vehicles, long flagged, long notGreen) {}
