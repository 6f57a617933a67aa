package org.qunfang.grid.api;

/** Where a grid worker comes from. */
public enum StaffSource {
  AGENCY_CADRE,
  TOWNSHIP_STAFF,
  VILLAGE_STAFF,
  VOLUNTEER,
  OTHER
}
