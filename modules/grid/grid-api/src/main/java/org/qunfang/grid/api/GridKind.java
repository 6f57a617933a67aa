package org.qunfang.grid.api;

/** Big grids belong to a township or street; small grids to a community or village. */
public enum GridKind {
  BIG,
  SMALL
}
