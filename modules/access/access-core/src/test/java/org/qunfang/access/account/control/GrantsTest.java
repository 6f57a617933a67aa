package org.qunfang.access.account.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qunfang.access.api.CallerProfile;
import org.qunfang.access.api.Role;
import org.qunfang.kernel.problem.Forbidden;

class GrantsTest {

  private static final CallerProfile DISTRICT =
      new CallerProfile("admin", "管理员", Set.of(Role.DISTRICT_ADMIN), "350923", false);
  private static final CallerProfile TOWNSHIP =
      new CallerProfile("tadmin", "镇管理员", Set.of(Role.DISTRICT_ADMIN), "350923100", false);

  @Test
  void nobodyChangesTheirOwnRoles() {
    assertThatThrownBy(
            () ->
                Grants.require(
                    TOWNSHIP,
                    "tadmin",
                    Set.of(Role.DISTRICT_ADMIN),
                    "350923100",
                    Set.of(Role.DISTRICT_ADMIN, Role.HOTLINE_SUPERVISOR),
                    "350923100"))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(
            () ->
                Grants.require(
                    DISTRICT,
                    "admin",
                    Set.of(Role.DISTRICT_ADMIN),
                    "350923",
                    Set.of(Role.DISTRICT_ADMIN, Role.AUDITOR),
                    "350923"))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void ownNameMayChangeWhenRolesAndAreaStay() {
    assertThatCode(
            () ->
                Grants.require(
                    TOWNSHIP,
                    "tadmin",
                    Set.of(Role.DISTRICT_ADMIN),
                    "350923100",
                    Set.of(Role.DISTRICT_ADMIN),
                    "350923100"))
        .doesNotThrowAnyException();
  }

  @Test
  void confidentialRolesOnlyFromAnAdministratorOfTheWholeDistrict() {
    assertThatThrownBy(
            () -> Grants.require(TOWNSHIP, "c1", Set.of(), null, Set.of(Role.AUDITOR), "350923100"))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(
            () ->
                Grants.require(
                    TOWNSHIP,
                    "c1",
                    Set.of(Role.HOTLINE_SUPERVISOR),
                    "350923100",
                    Set.of(Role.TOWNSHIP_OFFICER),
                    "350923100"))
        .isInstanceOf(Forbidden.class);
    assertThatCode(
            () ->
                Grants.require(
                    DISTRICT, "c1", Set.of(), null, Set.of(Role.HOTLINE_SUPERVISOR), "350923"))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                Grants.require(
                    TOWNSHIP, "c1", Set.of(), null, Set.of(Role.GRID_MEMBER), "350923100008"))
        .doesNotThrowAnyException();
  }

  @Test
  void accountsStayWithinTheAdministratorsArea() {
    assertThatThrownBy(
            () ->
                Grants.require(
                    TOWNSHIP, "c1", Set.of(), null, Set.of(Role.GRID_MEMBER), "350923101001"))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void onlyAdministratorsGrant() {
    CallerProfile officer =
        new CallerProfile("o", "官员", Set.of(Role.TOWNSHIP_OFFICER), "350923100", false);
    assertThatThrownBy(
            () ->
                Grants.require(
                    officer, "c1", Set.of(), null, Set.of(Role.GRID_MEMBER), "350923100"))
        .isInstanceOf(Forbidden.class);
  }
}
