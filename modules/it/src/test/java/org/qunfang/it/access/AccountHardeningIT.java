package org.qunfang.it.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.qunfang.it.grid.AResident.aResident;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.Qunfang;

/**
 * Nobody raises their own rights, every account change is audited, and auditors read only the trail
 * of their area.
 */
class AccountHardeningIT {

  private static final String TOWNSHIP = "350923102";
  private static final String OTHER_TOWNSHIP = "350923103";
  private static final String COMMUNITY = "350923102201";

  @Test
  void nobodyGrantsThemselvesARoleAndEveryAccountChangeIsAudited() {
    Qunfang.Login townshipAdmin = Qunfang.activeUser(TOWNSHIP, "DISTRICT_ADMIN");
    Map<String, Object> self =
        townshipAdmin.api().get("/me").then().statusCode(200).extract().path("");
    String id =
        townshipAdmin
            .api()
            .get("/accounts")
            .then()
            .extract()
            .path("find { it.username == '" + townshipAdmin.username() + "' }.id");
    int version = townshipAdmin.api().get("/accounts/" + id).then().extract().path("version");
    Map<String, Object> grant = new HashMap<>();
    grant.put("displayName", self.get("displayName"));
    grant.put("roles", List.of("DISTRICT_ADMIN", "HOTLINE_SUPERVISOR", "AUDITOR"));
    grant.put("homeDivision", TOWNSHIP);
    grant.put("enabled", true);
    grant.put("version", version);
    townshipAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(grant)
        .put("/accounts/" + id)
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:qunfang:problem:account.notYourRoles"));
    grant.put("roles", List.of("DISTRICT_ADMIN"));
    grant.put("homeDivision", "350923");
    townshipAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(grant)
        .put("/accounts/" + id)
        .then()
        .statusCode(403);
    townshipAdmin.api().get("/me").then().body("roles", equalTo(List.of("DISTRICT_ADMIN")));

    // a township administrator gives no confidential role, and no account outside the township
    townshipAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "username",
                "aud" + System.nanoTime() % 100000,
                "displayName",
                "审计",
                "roles",
                List.of("AUDITOR"),
                "homeDivision",
                TOWNSHIP))
        .post("/accounts")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:qunfang:problem:account.confidentialRole"));
    townshipAdmin
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "username",
                "gm" + System.nanoTime() % 100000,
                "displayName",
                "网格员",
                "roles",
                List.of("GRID_MEMBER"),
                "homeDivision",
                OTHER_TOWNSHIP))
        .post("/accounts")
        .then()
        .statusCode(403);

    // the district's administrator renames them: an UPDATE in the trail, with the new value
    grant.put("displayName", "镇管理员（已改名）");
    grant.put("homeDivision", TOWNSHIP);
    Qunfang.admin()
        .api()
        .contentType(ContentType.JSON)
        .body(grant)
        .put("/accounts/" + id)
        .then()
        .statusCode(200);
    List<Map<String, Object>> trail =
        Qunfang.admin()
            .api()
            .queryParam("entityId", id)
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    assertThat(trail)
        .filteredOn(e -> "UPDATE".equals(e.get("action")))
        .extracting(e -> (String) e.get("changes"))
        .anyMatch(c -> c.contains("镇管理员（已改名）"));
  }

  @Test
  void auditorsReadOnlyTheTrailOfTheirArea() {
    Qunfang.Login officer = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    String grid = Fixtures.smallGrid(officer, COMMUNITY);
    String household = Fixtures.household(officer, grid, "代溪村审计路1号");
    String resident = aResident().named("审计甲").in(household).by(officer);
    Qunfang.Login here = Qunfang.activeUser(TOWNSHIP, "AUDITOR");
    Qunfang.Login there = Qunfang.activeUser(OTHER_TOWNSHIP, "AUDITOR");
    here.api()
        .queryParam("entityId", resident)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("action", hasItem("CREATE"));
    there
        .api()
        .queryParam("entityId", resident)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
    // an officer of the other township probing for the person: refused, and the refusal audited
    Qunfang.Login prober = Qunfang.activeUser(OTHER_TOWNSHIP, "TOWNSHIP_OFFICER");
    prober.api().get("/residents/" + resident + "/personal").then().statusCode(404);
    Qunfang.admin()
        .api()
        .queryParam("actor", prober.username())
        .get("/audit")
        .then()
        .body("action", hasItem("ACCESS_DENIED"));
  }
}
