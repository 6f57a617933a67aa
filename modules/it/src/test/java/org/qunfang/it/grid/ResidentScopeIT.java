package org.qunfang.it.grid;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.qunfang.it.grid.AResident.aResident;

import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.People;
import org.qunfang.it.system.Qunfang;

/**
 * The scope matrix for households and residents: each role, inside and outside its area. A grid
 * member reaches only the small grids they are assigned to by account.
 */
class ResidentScopeIT {

  private static final String COMMUNITY = "350923100003";
  private static final String OTHER_COMMUNITY = "350923100005";

  private static Qunfang.Login township;
  private static String grid;
  private static String household;
  private static String resident;
  private static String otherGrid;

  @BeforeAll
  static void twoGrids() {
    township = Qunfang.activeUser("350923100", "TOWNSHIP_OFFICER");
    grid = Fixtures.smallGrid(township, COMMUNITY);
    otherGrid = Fixtures.smallGrid(township, OTHER_COMMUNITY);
    household = Fixtures.household(township, grid, "城北路8号");
    resident = aResident().named("郑华").in(household).by(township);
  }

  private static void reaches(Qunfang.Login who, boolean inside) {
    who.api()
        .get("/households/" + household)
        .then()
        .statusCode(inside ? 200 : 404)
        .body("type", inside ? nullValue() : equalTo("urn:qunfang:problem:household.notFound"));
    who.api()
        .get("/residents/" + resident + "/personal")
        .then()
        .statusCode(inside ? 200 : 404)
        .body("type", inside ? nullValue() : equalTo("urn:qunfang:problem:resident.notFound"));
    who.api()
        .queryParam("grid", grid)
        .get("/residents")
        .then()
        .statusCode(200)
        .body("total", equalTo(inside ? 1 : 0));
    who.api()
        .contentType(ContentType.JSON)
        .body(Map.of("gridId", grid, "address", "新户"))
        .post("/households")
        .then()
        .statusCode(inside ? 201 : 404);
  }

  @Test
  void townshipOfficers() {
    reaches(township, true);
    reaches(Qunfang.activeUser("350923101", "TOWNSHIP_OFFICER"), false);
  }

  @Test
  void communityOfficers() {
    reaches(Qunfang.activeUser(COMMUNITY, "COMMUNITY_OFFICER"), true);
    reaches(Qunfang.activeUser(OTHER_COMMUNITY, "COMMUNITY_OFFICER"), false);
  }

  @Test
  void gridMembersReachOnlyTheirAssignedSmallGrids() {
    Qunfang.Login member = Qunfang.activeUser(COMMUNITY, "GRID_MEMBER");
    reaches(member, false); // in the community, but not yet on the grid
    township
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                "网格员甲",
                "phone",
                People.phone(),
                "source",
                "VILLAGE_STAFF",
                "account",
                member.username()))
        .post("/grids/" + grid + "/staff")
        .then()
        .statusCode(201);
    reaches(member, true);
    member
        .api()
        .queryParam("grid", otherGrid)
        .get("/households")
        .then()
        .statusCode(404)
        .body("type", equalTo("urn:qunfang:problem:grid.notFound"));
  }

  @Test
  void districtAdministratorsReachEverythingAndOtherRolesNothing() {
    reaches(Qunfang.admin(), true);
    Qunfang.Login auditor = Qunfang.activeUser("350923", "AUDITOR");
    auditor.api().get("/households/" + household).then().statusCode(403);
    auditor.api().get("/residents").then().statusCode(403);
    Qunfang.activeUser("350923", "CARE_WORKER")
        .api()
        .get("/residents/" + resident + "/personal")
        .then()
        .statusCode(403);
  }
}
