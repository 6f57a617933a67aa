package org.qunfang.grid.api.checkpoint;

import java.util.UUID;

/**
 * A checkpoint was stood down (no longer active): fired as its change commits, so the posts and
 * rosters that staff it can stand down too.
 */
public record CheckpointStoodDown(UUID checkpointId, String name, String divisionCode) {}
