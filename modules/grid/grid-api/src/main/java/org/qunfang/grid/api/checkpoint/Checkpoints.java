package org.qunfang.grid.api.checkpoint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Checkpoints (卡点) of the caller's grids and their passage log. */
public interface Checkpoints {

  CheckpointView add(@Valid @NotNull NewCheckpoint checkpoint);

  CheckpointView change(@NotNull UUID id, @Valid @NotNull CheckpointChange change);

  CheckpointView checkpoint(UUID id);

  /** The checkpoints within {@code area} (the caller's area when null) that the caller reaches. */
  List<CheckpointView> list(String area);

  PassageView log(@NotNull UUID checkpointId, @Valid @NotNull NewPassage passage);

  /** One day's passages at a checkpoint, latest first. */
  List<PassageView> passages(UUID checkpointId, LocalDate day);

  /**
   * The passages with a fever at every checkpoint of the caller's area on a day (today when null),
   * latest first: the workbench's 今日卡口发热人员.
   */
  List<PassageView> flagged(LocalDate day);

  /** Counts per day from {@code from} to {@code to}, both included (at most 92 days). */
  List<DailyCount> daily(UUID checkpointId, LocalDate from, LocalDate to);
}
