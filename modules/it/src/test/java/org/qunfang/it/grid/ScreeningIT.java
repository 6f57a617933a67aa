package org.qunfang.it.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.People;

/**
 * Screening: arrivals filed once and followed up without losing an edit; phone lists
 * all-or-nothing.
 */
class ScreeningIT {

  private static final String TOWNSHIP = "350923205";
  private static final String COMMUNITY = "350923205201";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  private static GridArea area;

  @BeforeAll
  static void area() {
    area = GridArea.of(TOWNSHIP, COMMUNITY);
  }

  @Test
  void arrivalsAreFiledOnceAndFollowedUpWithoutLosingAnEdit() {
    String idNumber = People.idNumber();
    JsonPath arrival =
        area.officer()
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "gridId",
                    area.grid(),
                    "name",
                    "返乡丙",
                    "idNumber",
                    idNumber,
                    "phone",
                    People.phone(),
                    "origin",
                    "上海市",
                    "arrivalDate",
                    TODAY.toString(),
                    "address",
                    "棠口村5号"))
            .post("/arrivals")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(arrival.getString("idNumber")).contains("****");
    assertThat(arrival.getString("residentId")).isNull();
    String id = arrival.getString("id");

    JsonPath filed =
        area.officer()
            .api()
            .contentType(ContentType.JSON)
            .body(Map.of("householdId", area.households().get(1)))
            .post("/arrivals/" + id + "/filing")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(filed.getString("residentId")).isNotNull();
    area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("householdId", area.households().get(1)))
        .post("/arrivals/" + id + "/filing")
        .then()
        .statusCode(409);

    long version = filed.getLong("version");
    area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("status", "HOME_MONITORING", "version", version))
        .put("/arrivals/" + id + "/follow-up")
        .then()
        .statusCode(200);
    area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("status", "CLEARED", "version", version))
        .put("/arrivals/" + id + "/follow-up")
        .then()
        .statusCode(409)
        .body("detail", containsString("请刷新"));
    // The status filter: this arrival, and no arrival in another state.
    area.officer()
        .api()
        .queryParam("area", TOWNSHIP)
        .queryParam("status", "HOME_MONITORING")
        .get("/arrivals")
        .then()
        .statusCode(200)
        .body("id", org.hamcrest.Matchers.hasItem(id))
        .body(
            "status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("HOME_MONITORING")));

    // The same person arriving again is linked to the register at once.
    area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "gridId",
                area.grid(),
                "name",
                "返乡丙",
                "idNumber",
                idNumber,
                "phone",
                People.phone(),
                "origin",
                "杭州市",
                "arrivalDate",
                TODAY.toString(),
                "address",
                "棠口村5号"))
        .post("/arrivals")
        .then()
        .statusCode(201)
        .body("residentId", org.hamcrest.Matchers.equalTo(filed.getString("residentId")));
  }

  @Test
  void aPhoneListWithABadLineImportsNothingAndAGoodOneIsWorkedThrough() {
    String bad = "手机号码\n13800000001\n1380000000\n13800000002\n12345\n";
    area.officer()
        .api()
        .contentType("text/plain")
        .body(bad.getBytes(StandardCharsets.UTF_8))
        .queryParam("name", "坏名单")
        .queryParam("source", "移动")
        .queryParam("divisionCode", TOWNSHIP)
        .post("/phone-lists")
        .then()
        .statusCode(400)
        .body("detail", containsString("第 3、5 行"));
    assertThat(
            area.officer()
                .api()
                .get("/phone-lists")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("name", String.class))
        .doesNotContain("坏名单");

    String first = People.phone();
    String numbers =
        first
            + "\n"
            + People.phone()
            + "\n+86 "
            + first.substring(0, 3)
            + " "
            + first.substring(3)
            + "\n";
    JsonPath list =
        area.officer()
            .api()
            .contentType("text/plain")
            .body(numbers.getBytes(StandardCharsets.UTF_8))
            .queryParam("name", "联通名单")
            .queryParam("source", "联通")
            .queryParam("divisionCode", TOWNSHIP)
            .post("/phone-lists")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(list.getInt("numbers")).isEqualTo(2); // the repeat, written differently, merged
    String listId = list.getString("id");
    JsonPath checks =
        area.officer()
            .api()
            .get("/phone-lists/" + listId + "/numbers")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(checks.getString("[0].phone")).contains("****");
    area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "IN_AREA", "version", checks.getLong("[0].version")))
        .put("/phone-lists/" + listId + "/numbers/" + checks.getString("[0].id"))
        .then()
        .statusCode(200);
    JsonPath after =
        area.officer().api().get("/phone-lists").then().statusCode(200).extract().jsonPath();
    assertThat(after.getMap("find { it.id == '" + listId + "' }"))
        .containsEntry("called", 1)
        .containsEntry("numbers", 2);
  }
}
