package org.qunfang.access.api;

/**
 * The roles of Qunfang. A role says what someone may do; their home division says where. {@link
 * Names} holds the same names as constants for {@code @RolesAllowed}.
 */
public enum Role {
  DISTRICT_ADMIN,
  TOWNSHIP_OFFICER,
  COMMUNITY_OFFICER,
  GRID_MEMBER,
  DISPATCHER,
  /** Leads the people of a post on a shift: signs them in and out. */
  SHIFT_LEADER,
  /** A party member, cadre or volunteer who serves shifts and sees their own. */
  DUTY_STAFF,
  CARE_WORKER,
  HOTLINE_COUNSELLOR,
  HOTLINE_SUPERVISOR,
  REPORT_OFFICER,
  AUDITOR;

  /** Role names as compile-time constants; a test keeps them equal to the enum. */
  public static final class Names {
    public static final String DISTRICT_ADMIN = "DISTRICT_ADMIN";
    public static final String TOWNSHIP_OFFICER = "TOWNSHIP_OFFICER";
    public static final String COMMUNITY_OFFICER = "COMMUNITY_OFFICER";
    public static final String GRID_MEMBER = "GRID_MEMBER";
    public static final String DISPATCHER = "DISPATCHER";
    public static final String SHIFT_LEADER = "SHIFT_LEADER";
    public static final String DUTY_STAFF = "DUTY_STAFF";
    public static final String CARE_WORKER = "CARE_WORKER";
    public static final String HOTLINE_COUNSELLOR = "HOTLINE_COUNSELLOR";
    public static final String HOTLINE_SUPERVISOR = "HOTLINE_SUPERVISOR";
    public static final String REPORT_OFFICER = "REPORT_OFFICER";
    public static final String AUDITOR = "AUDITOR";

    private Names() {}
  }
}
