package org.qunfang.access.api;

import static org.qunfang.access.api.Role.AUDITOR;
import static org.qunfang.access.api.Role.CARE_WORKER;
import static org.qunfang.access.api.Role.COMMUNITY_OFFICER;
import static org.qunfang.access.api.Role.DISPATCHER;
import static org.qunfang.access.api.Role.DISTRICT_ADMIN;
import static org.qunfang.access.api.Role.DUTY_STAFF;
import static org.qunfang.access.api.Role.GRID_MEMBER;
import static org.qunfang.access.api.Role.HOTLINE_COUNSELLOR;
import static org.qunfang.access.api.Role.HOTLINE_SUPERVISOR;
import static org.qunfang.access.api.Role.REPORT_OFFICER;
import static org.qunfang.access.api.Role.SHIFT_LEADER;
import static org.qunfang.access.api.Role.TOWNSHIP_OFFICER;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who works together on a part of Qunfang, named once for menus and pages. (Boundaries list role
 * names in {@code @RolesAllowed}: an annotation cannot take a constant array.)
 */
public enum RoleGroup {
  /** Everyone signed in. */
  EVERYONE(EnumSet.allOf(Role.class)),
  /** Who keep an area: district administrators, township and community officers. */
  AREA_OFFICERS(EnumSet.of(DISTRICT_ADMIN, TOWNSHIP_OFFICER, COMMUNITY_OFFICER)),
  /** Who keep grids and residents and do field work: the area officers and grid members. */
  FIELD_STAFF(EnumSet.of(DISTRICT_ADMIN, TOWNSHIP_OFFICER, COMMUNITY_OFFICER, GRID_MEMBER)),
  /** Who read the figures of an area: the area officers and report officers. */
  AREA_READERS(EnumSet.of(DISTRICT_ADMIN, TOWNSHIP_OFFICER, COMMUNITY_OFFICER, REPORT_OFFICER)),
  /** Who dispatch people to posts: dispatchers and district administrators. */
  DISPATCHERS(EnumSet.of(DISPATCHER, DISTRICT_ADMIN)),
  /** Who read the registry, posts and rosters of an area: dispatchers and the area's officers. */
  DISPATCH_READERS(
      EnumSet.of(DISPATCHER, DISTRICT_ADMIN, TOWNSHIP_OFFICER, COMMUNITY_OFFICER, REPORT_OFFICER)),
  /** Who sign people in at the post: shift leaders, and dispatchers. */
  SHIFT_LEADERS(EnumSet.of(SHIFT_LEADER, DISPATCHER, DISTRICT_ADMIN)),
  /** Who serve shifts themselves and see their own. */
  ON_DUTY(EnumSet.of(DUTY_STAFF, SHIFT_LEADER)),
  /** Who look after people under home observation: care workers and the area's officers. */
  CARE_DESK(EnumSet.of(CARE_WORKER, DISTRICT_ADMIN, TOWNSHIP_OFFICER, COMMUNITY_OFFICER)),
  /** Who keep the care module's reference lists. */
  CARE_MANAGERS(EnumSet.of(DISTRICT_ADMIN)),
  /** Who take calls: counsellors and their supervisors. */
  HOTLINE_STAFF(EnumSet.of(HOTLINE_COUNSELLOR, HOTLINE_SUPERVISOR)),
  /** Who run the hotline service or read its figures. */
  HOTLINE_DESK(EnumSet.of(HOTLINE_COUNSELLOR, HOTLINE_SUPERVISOR, DISTRICT_ADMIN, REPORT_OFFICER)),
  /** Who set up lines, teams and rosters. */
  HOTLINE_MANAGERS(EnumSet.of(HOTLINE_SUPERVISOR, DISTRICT_ADMIN)),
  /**
   * Who preview and issue formal reports: each only the kinds made for them (the area's officers,
   * care's notices and daily report).
   */
  REPORT_WRITERS(
      EnumSet.of(
          REPORT_OFFICER,
          HOTLINE_SUPERVISOR,
          DISPATCHER,
          DISTRICT_ADMIN,
          TOWNSHIP_OFFICER,
          COMMUNITY_OFFICER)),
  /** Who read the archive of issued reports. */
  REPORT_READERS(
      EnumSet.of(
          REPORT_OFFICER,
          DISTRICT_ADMIN,
          TOWNSHIP_OFFICER,
          COMMUNITY_OFFICER,
          AUDITOR,
          HOTLINE_SUPERVISOR,
          DISPATCHER)),
  /** Who open and change accounts. */
  ADMINISTRATORS(EnumSet.of(DISTRICT_ADMIN)),
  /** Who read the audit trail. */
  AUDITORS(EnumSet.of(AUDITOR));

  private final Set<Role> roles;

  RoleGroup(Set<Role> roles) {
    this.roles = Set.copyOf(roles);
  }

  public Set<Role> roles() {
    return roles;
  }
}
