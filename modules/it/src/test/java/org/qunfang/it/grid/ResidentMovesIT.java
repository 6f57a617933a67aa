package org.qunfang.it.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.qunfang.it.grid.AResident.aResident;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.People;
import org.qunfang.it.system.Qunfang;
import org.qunfang.it.web.Browser;

/**
 * A resident moved to another household and another community, then marked deceased: their history
 * kept, the counts following, stale and backdated changes refused.
 */
class ResidentMovesIT {

  private static final String TOWNSHIP = "350923205";
  private static final String COMMUNITY = "350923205201";
  private static final String OTHER_COMMUNITY = "350923205204";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Test
  void aResidentMovesTwiceDiesAndKeepsTheirHistory() throws Exception {
    GridArea area = GridArea.of(TOWNSHIP, COMMUNITY);
    Qunfang.Login officer = area.officer();
    String idNumber = People.idNumber();
    String id =
        aResident().named("迁移乙").withIdNumber(idNumber).in(area.households().get(2)).by(officer);
    long residents = residents(officer, COMMUNITY);
    long opened =
        officer.api().get("/residents/" + id).then().extract().jsonPath().getLong("version");

    JsonPath moved = move(officer, id, area.households().get(3), TODAY.minusDays(3), opened);
    assertThat(moved.getString("householdId")).isEqualTo(area.households().get(3));
    long version = moved.getLong("version");
    move(officer, id, area.households().get(2), TODAY, opened, 409, "请刷新");
    move(officer, id, area.households().get(2), TODAY.plusDays(1), version, 400, null);
    move(officer, id, area.households().get(2), TODAY.minusDays(5), version, 400, "上一次变动");

    String otherGrid = Fixtures.smallGrid(officer, OTHER_COMMUNITY);
    String there = Fixtures.household(officer, otherGrid, "北山迁入路3号");
    JsonPath elsewhere = move(officer, id, there, TODAY.minusDays(1), version);
    assertThat(elsewhere.getString("divisionCode")).isEqualTo(OTHER_COMMUNITY);
    assertThat(residents(officer, COMMUNITY))
        .as("moved out of the community")
        .isEqualTo(residents - 1);
    long inOther = residents(officer, OTHER_COMMUNITY);

    Map<String, Object> dying = new HashMap<>();
    dying.put("status", "PRESENT");
    dying.put("on", TODAY.toString());
    dying.put("version", elsewhere.getLong("version"));
    leave(officer, id, dying).statusCode(400).body("detail", containsString("迁出或死亡"));
    dying.put("status", "DECEASED");
    dying.put("note", "病故");
    long died =
        leave(officer, id, dying)
            .statusCode(200)
            .body("status", equalTo("DECEASED"))
            .extract()
            .jsonPath()
            .getLong("version");
    dying.put("version", died);
    leave(officer, id, dying).statusCode(409).body("detail", containsString("离开登记"));
    assertThat(residents(officer, OTHER_COMMUNITY)).isEqualTo(inOther - 1);

    List<Map<String, Object>> history =
        officer
            .api()
            .get("/residents/" + id + "/history")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(history)
        .extracting(h -> h.get("event"))
        .containsExactly("MOVED", "MOVED", "DECEASED");
    assertThat((String) history.get(1).get("toAddress")).startsWith("北山迁入路3号");
    assertThat(history.get(2).get("note")).isEqualTo("病故");

    // still found by ID number, marked; a grid member elsewhere does not reach them
    officer
        .api()
        .queryParam("q", idNumber)
        .get("/residents")
        .then()
        .body("items[0].status", equalTo("DECEASED"))
        .body("items[0].leftOn", equalTo(TODAY.toString()));
    Qunfang.activeUser(COMMUNITY, "GRID_MEMBER")
        .api()
        .get("/residents/" + id + "/history")
        .then()
        .statusCode(404);

    try (Browser phone = Browser.open(Browser.PHONE, "resident-card-phone")) {
      phone.logIn(officer);
      phone.go("/grid/residents.xhtml");
      phone.driver.findElement(By.linkText("查询")).click();
      phone.visible("residents:tabs:searchName").sendKeys(idNumber);
      phone.find("residents:tabs:search").click();
      phone.waitForText("residents:tabs:found", "已故");
      phone.find("residents:tabs:found:0:manage").click();
      phone.visible("cardForm:cardTabs");
      phone.driver.findElement(By.linkText("变动历史")).click();
      phone.waitForText("cardForm:cardTabs:history", "北山迁入路3号");
      assertThat(phone.find("cardForm:cardTabs:history").getText()).contains("死亡", "病故");
      Number right =
          (Number)
              phone.script("return document.getElementById('card').getBoundingClientRect().right");
      assertThat(right.doubleValue()).as("the card fits the phone").isLessThanOrEqualTo(390);
      phone.shot("resident-card-history");
    }
  }

  private static long residents(Qunfang.Login who, String community) {
    return who.api()
        .queryParam("area", community)
        .get("/dashboard")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total.residents");
  }

  private static JsonPath move(
      Qunfang.Login who, String resident, String household, LocalDate on, long version) {
    return move(who, resident, household, on, version, 200, null).extract().jsonPath();
  }

  private static io.restassured.response.ValidatableResponse move(
      Qunfang.Login who,
      String resident,
      String household,
      LocalDate on,
      long version,
      int status,
      String says) {
    var answer =
        who.api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "householdId",
                    household,
                    "relation",
                    "OTHER_RELATIVE",
                    "on",
                    on.toString(),
                    "version",
                    version))
            .post("/residents/" + resident + "/move")
            .then()
            .statusCode(status);
    return says == null ? answer : answer.body("detail", containsString(says));
  }

  private static io.restassured.response.ValidatableResponse leave(
      Qunfang.Login who, String resident, Map<String, Object> body) {
    return who.api()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/residents/" + resident + "/leaving")
        .then();
  }
}
