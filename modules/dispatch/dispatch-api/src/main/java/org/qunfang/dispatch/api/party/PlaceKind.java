package org.qunfang.dispatch.api.party;

/** What, within its area, an organisation is set up at: a grid (a compound's) or a checkpoint. */
public enum PlaceKind {
  GRID,
  CHECKPOINT
}
