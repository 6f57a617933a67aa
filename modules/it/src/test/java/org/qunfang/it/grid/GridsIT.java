package org.qunfang.it.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Qunfang;

/** Grids (CJ/T 349 codes) and their staff, scoped by area, with assignment history. */
class GridsIT {

  private static Qunfang.Login township;

  @BeforeAll
  static void townshipOfficer() {
    township = Qunfang.activeUser("350923100", "TOWNSHIP_OFFICER");
  }

  private static Response create(Qunfang.Login who, Map<String, ?> grid) {
    return who.api().contentType(ContentType.JSON).body(grid).post("/grids");
  }

  private static String bigGrid() {
    return create(township, Map.of("kind", "BIG", "name", "古峰镇大网格", "divisionCode", "350923100"))
        .then()
        .statusCode(201)
        .body("code", matchesPattern("350923100\\d{4}"))
        .extract()
        .path("id");
  }

  private static Response assign(String grid, String name, String phone) {
    return township
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "phone", phone, "source", "TOWNSHIP_STAFF"))
        .post("/grids/" + grid + "/staff");
  }

  @Test
  void aSmallGridLiesInACommunityOfItsBigGridsTownship() {
    String big = bigGrid();
    create(
            township,
            Map.of(
                "kind",
                "SMALL",
                "name",
                "东湖社区第1网格",
                "divisionCode",
                "350923100008",
                "parentId",
                big))
        .then()
        .statusCode(201)
        .body("code", matchesPattern("350923100008\\d{3}"))
        .body("parentId", equalTo(big));
    // 350923101001: a village of 双溪镇, not of the big grid's 古峰镇
    Qunfang.admin()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "SMALL", "name", "错", "divisionCode", "350923101201", "parentId", big))
        .post("/grids")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("divisionCode"));
    create(township, Map.of("kind", "SMALL", "name", "无大网格", "divisionCode", "350923100008"))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("parentId"));
    create(township, Map.of("kind", "BIG", "name", "错级", "divisionCode", "350923100008"))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("divisionCode"));
  }

  @Test
  void anotherTownshipIsOutOfReach() {
    create(township, Map.of("kind", "BIG", "name", "越界", "divisionCode", "350923101"))
        .then()
        .statusCode(403);
    String big = bigGrid();
    Qunfang.Login neighbour = Qunfang.activeUser("350923101", "TOWNSHIP_OFFICER");
    neighbour.api().get("/grids/" + big).then().statusCode(404);
    neighbour
        .api()
        .get("/grids")
        .then()
        .statusCode(200)
        .body(
            "code", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("350923101")));
  }

  @Test
  void aNewLeaderEndsTheOldOneAndHistoryKeepsBothWithPhonesMasked() {
    String big = bigGrid();
    String first =
        assign(big, "张三", "13812345678")
            .then()
            .statusCode(201)
            .body("maskedPhone", equalTo("138****5678"))
            .body("role", equalTo("LEADER"))
            .extract()
            .path("id");
    assign(big, "李四", "13912345678").then().statusCode(201);
    township.api().get("/grids/" + big).then().body("leader.name", equalTo("李四"));
    List<Map<String, Object>> history =
        township.api().get("/grids/" + big + "/staff").then().statusCode(200).extract().path("");
    assertThat(history).hasSize(2);
    assertThat(history.get(0)).containsEntry("name", "李四").doesNotContainKey("until");
    assertThat(history.get(1)).containsEntry("id", first).containsKey("until");
    assertThat(history.toString()).doesNotContain("13812345678").doesNotContain("13912345678");
    township.api().post("/grids/staff/" + first + "/end").then().statusCode(409);
  }

  @Test
  void badPhoneNumbersAndMissingFieldsAreNamed() {
    String big = bigGrid();
    assign(big, "王五", "12345")
        .then()
        .statusCode(400)
        .body(
            "violations.find { it.field == 'phone' }.message", equalTo("不是有效的手机号码（应为以1开头的11位数字）"));
    township
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "王五", "phone", "13812345678"))
        .post("/grids/" + big + "/staff")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("source"));
    township.api().get("/grids/" + big + "/staff").then().body("size()", equalTo(0));
  }

  @Test
  void gridMembersReadButDoNotDrawAndTheAuditTrailHoldsNoPhone() {
    String big = bigGrid();
    Qunfang.Login member = Qunfang.activeUser("350923100", "GRID_MEMBER");
    // not yet on any grid: the township's grids are not theirs to read
    member.api().get("/grids/" + big).then().statusCode(404);
    member.api().get("/grids/" + big + "/staff").then().statusCode(404);
    String id =
        township
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "赵六",
                    "phone",
                    "13712345678",
                    "source",
                    "TOWNSHIP_STAFF",
                    "account",
                    member.username()))
            .post("/grids/" + big + "/staff")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    member.api().get("/grids/" + big).then().statusCode(200).body("leader", notNullValue());
    create(member, Map.of("kind", "BIG", "name", "x", "divisionCode", "350923100"))
        .then()
        .statusCode(403);
    String changes =
        Qunfang.admin()
            .api()
            .queryParam("entityType", "Assignment")
            .queryParam("entityId", id)
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("[0].changes");
    assertThat(changes).contains("137****5678").contains("赵*").doesNotContain("13712345678");
    member.api().get("/grids/" + big).then().body("parentId", nullValue());
  }
}
