package org.qunfang.access.account.control;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.qunfang.access.api.CallerProfile;
import org.qunfang.access.api.Role;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.area.DivisionLevel;
import org.qunfang.kernel.problem.Forbidden;
import org.qunfang.kernel.problem.Message;

/**
 * Who may give or take which roles. Nobody changes their own roles or area; an administrator places
 * accounts only within their own area; and the confidential roles — hotline supervisor, who reads
 * every call, and auditor, who reads the trail — are given or taken only by an administrator of the
 * whole district, so no township administrator can reach past their own area through them.
 */
public final class Grants {

  public static final Set<Role> CONFIDENTIAL = EnumSet.of(Role.HOTLINE_SUPERVISOR, Role.AUDITOR);

  private static final String TEXTS = "org.qunfang.access.api.Messages";

  private Grants() {}

  /** Refuses a change of {@code before} into {@code after} for an account of another or oneself. */
  public static void require(
      CallerProfile granter,
      String account,
      Set<Role> before,
      String homeBefore,
      Set<Role> after,
      String homeAfter) {
    boolean rolesChange = !roles(before).equals(roles(after));
    if (granter.username().equals(account)
        && (rolesChange || !Objects.equals(homeBefore, homeAfter))) {
      throw new Forbidden(new Message(TEXTS, "account.notYourRoles"));
    }
    if (!granter.has(Role.DISTRICT_ADMIN)) {
      throw new Forbidden(new Message(TEXTS, "account.notGranter"));
    }
    if (!granter.scope().covers(homeAfter)
        || (homeBefore != null && !granter.scope().covers(homeBefore))) {
      throw new Forbidden("area.outside");
    }
    Set<Role> changed = EnumSet.noneOf(Role.class);
    changed.addAll(symmetricDifference(roles(before), after));
    changed.retainAll(CONFIDENTIAL);
    if (!changed.isEmpty() && !wholeDistrict(granter)) {
      throw new Forbidden(
          new Message(TEXTS, "account.confidentialRole", changed.iterator().next().name()));
    }
  }

  /** The roles asked for, without the nulls validation refuses anyway. */
  public static Set<Role> roles(Set<Role> asked) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (asked != null) {
      asked.stream().filter(Objects::nonNull).forEach(roles::add);
    }
    return roles;
  }

  /** Whether the administrator's area is a county or district (or above), not a township. */
  static boolean wholeDistrict(CallerProfile granter) {
    return DivisionCode.of(granter.homeDivision()).level().compareTo(DivisionLevel.COUNTY) <= 0;
  }

  private static Set<Role> symmetricDifference(Set<Role> a, Set<Role> b) {
    Set<Role> result = EnumSet.noneOf(Role.class);
    a.stream().filter(r -> !b.contains(r)).forEach(result::add);
    b.stream().filter(r -> !a.contains(r)).forEach(result::add);
    return result;
  }
}
