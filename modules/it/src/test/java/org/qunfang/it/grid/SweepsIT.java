package org.qunfang.it.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.People;
import org.qunfang.it.system.Qunfang;

/**
 * Sweeps: progress counted once per household and rolled up; visits out of period, area or grid
 * refused.
 */
class SweepsIT {

  private static final String TOWNSHIP = "350923104";
  private static final String COMMUNITY = "350923104201";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  private static GridArea area;

  @BeforeAll
  static void area() {
    area = GridArea.of(TOWNSHIP, COMMUNITY);
  }

  private static String openSweep(LocalDate start, LocalDate end) {
    return area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                "棠口扫楼" + System.nanoTime() % 10000,
                "divisionCode",
                TOWNSHIP,
                "startDate",
                start.toString(),
                "endDate",
                end.toString()))
        .post("/sweeps")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static io.restassured.response.Response visit(
      Qunfang.Login who, String sweep, String household, int seen) {
    return who.api()
        .contentType(ContentType.JSON)
        .body(Map.of("householdId", household, "personsSeen", seen, "contactsVerified", 1))
        .post("/sweeps/" + sweep + "/visits");
  }

  @Test
  void aSweepCountsVisitedHouseholdsOnceAndRollsProgressUp() {
    String sweep = openSweep(TODAY.minusDays(1), TODAY.plusDays(5));
    visit(area.officer(), sweep, area.households().get(0), 3).then().statusCode(201);
    visit(area.officer(), sweep, area.households().get(1), 2).then().statusCode(201);

    // A second record for the same household is refused, naming who came first.
    visit(area.officer(), sweep, area.households().get(0), 1)
        .then()
        .statusCode(409)
        .body("detail", containsString("已有走访记录"))
        .body("detail", containsString(area.officer().username()));

    JsonPath progress =
        area.officer()
            .api()
            .get("/sweeps/" + sweep + "/progress?level=GRID")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> mine =
        progress.getMap("rows.find { it.code == '" + area.gridCode() + "' }");
    assertThat(mine)
        .containsEntry("householdsVisited", 2)
        .containsEntry("householdsTotal", 4)
        .containsEntry("personsRecorded", 5)
        .containsEntry("visitedPercent", 50.0f);
    assertThat(progress.getInt("total.householdsVisited")).isGreaterThanOrEqualTo(2);

    JsonPath byCommunity =
        area.officer()
            .api()
            .get("/sweeps/" + sweep + "/progress?level=COMMUNITY")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(byCommunity.getList("rows.code", String.class)).contains(COMMUNITY);
    area.officer()
        .api()
        .get("/sweeps/" + sweep + "/progress?level=STREET")
        .then()
        .statusCode(400)
        .body("detail", containsString("GRID, COMMUNITY, TOWNSHIP"));
  }

  @Test
  void visitsOutsideThePeriodOrAnotherAreaAreRefusedAndMembersReachOnlyTheirGrids() {
    String future = openSweep(TODAY.plusDays(3), TODAY.plusDays(9));
    visit(area.officer(), future, area.households().get(2), 1)
        .then()
        .statusCode(400)
        .body("detail", containsString("不在期间内"));
    area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                "倒序",
                "divisionCode",
                TOWNSHIP,
                "startDate",
                TODAY.toString(),
                "endDate",
                TODAY.minusDays(1).toString()))
        .post("/sweeps")
        .then()
        .statusCode(400)
        .body("detail", containsString("不能早于开始日期"));

    String sweep = openSweep(TODAY, TODAY.plusDays(2));
    Qunfang.Login member = Qunfang.activeUser(COMMUNITY, "GRID_MEMBER");
    visit(member, sweep, area.households().get(3), 1).then().statusCode(404);
    area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                "网格员乙",
                "phone",
                People.phone(),
                "source",
                "VILLAGE_STAFF",
                "account",
                member.username()))
        .post("/grids/" + area.grid() + "/staff")
        .then()
        .statusCode(201);
    visit(member, sweep, area.households().get(3), 1).then().statusCode(201);
    member
        .api()
        .get("/sweeps/" + sweep + "/visits?grid=" + area.grid())
        .then()
        .statusCode(200)
        .body("visitedBy", hasItem(member.username()));
    // Only officers open campaigns; another township's officer cannot see this one.
    member
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                "x",
                "divisionCode",
                COMMUNITY,
                "startDate",
                TODAY.toString(),
                "endDate",
                TODAY.toString()))
        .post("/sweeps")
        .then()
        .statusCode(403);
    Qunfang.activeUser("350923100", "TOWNSHIP_OFFICER")
        .api()
        .get("/sweeps/" + sweep)
        .then()
        .statusCode(404);
  }
}
