package org.qunfang.grid.api;

/** A big grid has one leader (网格长); a small grid has members (网格员). */
public enum StaffRole {
  LEADER,
  MEMBER
}
