package org.qunfang.it.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Field work over HTTP in 棠口镇: sweeps and their progress, checkpoints and the passage log, arrivals
 * and phone lists, WeChat coverage, publicity, the four ledgers and the dashboard.
 */
class FieldworkIT {

  private static final String TOWNSHIP = "350923104";
  private static final String COMMUNITY = "350923104201";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  private static Qunfang.Login township;
  private static String grid;
  private static String gridCode;
  private static List<String> households;

  @BeforeAll
  static void grid() {
    township = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    grid = Fixtures.smallGrid(township, COMMUNITY);
    gridCode = township.api().get("/grids/" + grid).then().statusCode(200).extract().path("code");
    households =
        List.of(
            Fixtures.household(township, grid, "棠口村1号"),
            Fixtures.household(township, grid, "棠口村2号"),
            Fixtures.household(township, grid, "棠口村3号"),
            Fixtures.household(township, grid, "棠口村4号"));
    Fixtures.resident(
        township, households.get(0), Fixtures.person("走访甲", People.idNumber(), "HEAD"));
  }

  private static String openSweep(LocalDate start, LocalDate end) {
    return township
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
    visit(township, sweep, households.get(0), 3).then().statusCode(201);
    visit(township, sweep, households.get(1), 2).then().statusCode(201);

    // A second record for the same household is refused, naming who came first.
    visit(township, sweep, households.get(0), 1)
        .then()
        .statusCode(409)
        .body("detail", containsString("已有走访记录"))
        .body("detail", containsString(township.username()));

    JsonPath progress =
        township
            .api()
            .get("/sweeps/" + sweep + "/progress?level=GRID")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> mine = progress.getMap("rows.find { it.code == '" + gridCode + "' }");
    assertThat(mine)
        .containsEntry("householdsVisited", 2)
        .containsEntry("householdsTotal", 4)
        .containsEntry("personsRecorded", 5)
        .containsEntry("visitedPercent", 50.0f);
    assertThat(progress.getInt("total.householdsVisited")).isGreaterThanOrEqualTo(2);

    JsonPath byCommunity =
        township
            .api()
            .get("/sweeps/" + sweep + "/progress?level=COMMUNITY")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(byCommunity.getList("rows.code", String.class)).contains(COMMUNITY);
    township
        .api()
        .get("/sweeps/" + sweep + "/progress?level=STREET")
        .then()
        .statusCode(400)
        .body("detail", containsString("GRID, COMMUNITY, TOWNSHIP"));
  }

  @Test
  void visitsOutsideThePeriodOrAnotherAreaAreRefusedAndMembersReachOnlyTheirGrids() {
    String future = openSweep(TODAY.plusDays(3), TODAY.plusDays(9));
    visit(township, future, households.get(2), 1)
        .then()
        .statusCode(400)
        .body("detail", containsString("不在期间内"));
    township
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
    visit(member, sweep, households.get(3), 1).then().statusCode(404);
    township
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
        .post("/grids/" + grid + "/staff")
        .then()
        .statusCode(201);
    visit(member, sweep, households.get(3), 1).then().statusCode(201);
    member
        .api()
        .get("/sweeps/" + sweep + "/visits?grid=" + grid)
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

  @Test
  void theGateLogsPassagesFlagsFeversAndRefusesMisreadings() {
    String checkpoint = checkpoint("棠口村口" + System.nanoTime() % 10000);
    passage(checkpoint, "PERSON", null, "36.6")
        .then()
        .statusCode(201)
        .body("flagged", org.hamcrest.Matchers.is(false));
    passage(checkpoint, "PERSON", null, "37.3")
        .then()
        .statusCode(201)
        .body("flagged", org.hamcrest.Matchers.is(true));
    passage(checkpoint, "VEHICLE", "闽J12345", "36.8").then().statusCode(201);
    passage(checkpoint, "PERSON", null, "43.5")
        .then()
        .statusCode(400)
        .body("violations[0].field", org.hamcrest.Matchers.equalTo("temperature"))
        .body("violations[0].message", containsString("34.0–43.0"));
    passage(checkpoint, "VEHICLE", null, "36.5")
        .then()
        .statusCode(400)
        .body("detail", containsString("车牌号"));

    JsonPath days =
        township
            .api()
            .get("/checkpoints/" + checkpoint + "/daily")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(days.getList("$")).hasSize(7);
    assertThat(days.getMap("[6]"))
        .containsEntry("day", TODAY.toString())
        .containsEntry("persons", 2)
        .containsEntry("vehicles", 1)
        .containsEntry("flagged", 1);
    township
        .api()
        .get("/checkpoints/" + checkpoint + "/passages")
        .then()
        .statusCode(200)
        .body("size()", org.hamcrest.Matchers.is(3));
    township
        .api()
        .get("/checkpoints/" + checkpoint + "/daily?from=2026-13-01")
        .then()
        .statusCode(400)
        .body("detail", containsString("2026-01-31"));

    // Hours are needed unless it is staffed round the clock; the name is unique in the grid.
    township
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "gridId",
                grid,
                "name",
                "夜间道口",
                "kind",
                "ROAD",
                "location",
                "省道",
                "roundTheClock",
                false,
                "closedManagement",
                false))
        .post("/checkpoints")
        .then()
        .statusCode(400)
        .body("detail", containsString("开始和结束时间"));
  }

  private static String checkpoint(String name) {
    return township
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "gridId",
                grid,
                "name",
                name,
                "kind",
                "VILLAGE_GATE",
                "location",
                "棠口村入口",
                "roundTheClock",
                true,
                "closedManagement",
                true))
        .post("/checkpoints")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static io.restassured.response.Response passage(
      String checkpoint, String subject, String plate, String temperature) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("subject", subject);
    body.put("temperature", new java.math.BigDecimal(temperature));
    body.put("healthCode", "GREEN");
    body.put("idRegistered", true);
    if (plate != null) {
      body.put("vehiclePlate", plate);
    }
    return township
        .api()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/checkpoints/" + checkpoint + "/passages");
  }

  @Test
  void arrivalsAreFiledOnceAndFollowedUpWithoutLosingAnEdit() {
    String idNumber = People.idNumber();
    JsonPath arrival =
        township
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "gridId",
                    grid,
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
        township
            .api()
            .contentType(ContentType.JSON)
            .body(Map.of("householdId", households.get(1)))
            .post("/arrivals/" + id + "/filing")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(filed.getString("residentId")).isNotNull();
    township
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("householdId", households.get(1)))
        .post("/arrivals/" + id + "/filing")
        .then()
        .statusCode(409);

    long version = filed.getLong("version");
    township
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("status", "HOME_MONITORING", "version", version))
        .put("/arrivals/" + id + "/follow-up")
        .then()
        .statusCode(200);
    township
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("status", "CLEARED", "version", version))
        .put("/arrivals/" + id + "/follow-up")
        .then()
        .statusCode(409)
        .body("detail", containsString("请刷新"));
    // The status filter: this arrival, and no arrival in another state.
    township
        .api()
        .queryParam("area", "350923104")
        .queryParam("status", "HOME_MONITORING")
        .get("/arrivals")
        .then()
        .statusCode(200)
        .body("id", org.hamcrest.Matchers.hasItem(id))
        .body(
            "status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("HOME_MONITORING")));

    // The same person arriving again is linked to the register at once.
    township
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "gridId",
                grid,
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
    township
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
            township
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
        township
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
        township
            .api()
            .get("/phone-lists/" + listId + "/numbers")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(checks.getString("[0].phone")).contains("****");
    township
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "IN_AREA", "version", checks.getLong("[0].version")))
        .put("/phone-lists/" + listId + "/numbers/" + checks.getString("[0].id"))
        .then()
        .statusCode(200);
    JsonPath after = township.api().get("/phone-lists").then().statusCode(200).extract().jsonPath();
    assertThat(after.getMap("find { it.id == '" + listId + "' }"))
        .containsEntry("called", 1)
        .containsEntry("numbers", 2);
  }

  @Test
  void weChatCoverageCannotExceedRegisteredHouseholdsAndRollsUp() {
    township
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("gridId", grid, "name", "超额群", "administrator", "群主", "householdsCovered", 99))
        .post("/wechat-groups")
        .then()
        .statusCode(400)
        .body("detail", containsString("超过了网格"));
    township
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of("gridId", grid, "name", "棠口一组", "administrator", "群主甲", "householdsCovered", 3))
        .post("/wechat-groups")
        .then()
        .statusCode(201);
    JsonPath coverage =
        township
            .api()
            .get("/wechat-groups/coverage?level=GRID&area=" + COMMUNITY)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(coverage.getMap("find { it.code == '" + gridCode + "' }"))
        .containsEntry("householdsCovered", 3)
        .containsEntry("householdsTotal", 4)
        .containsEntry("coveragePercent", 75.0f);
    // An .xlsx of the same list, with Chinese headers.
    byte[] xlsx =
        township
            .api()
            .accept(Workbooks.XLSX)
            .get("/wechat-groups?area=" + COMMUNITY)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(Workbooks.firstRow(xlsx)).contains("网格编码", "名称", "群管理员", "入群户数");
  }

  @Test
  void publicityIsRecordedForACommunityAndTotalled() {
    township
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("communityCode", TOWNSHIP, "heldOn", TODAY.toString(), "title", "入户宣传"))
        .post("/publicity")
        .then()
        .statusCode(400)
        .body("detail", containsString("12位"));
    township
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "communityCode",
                COMMUNITY,
                "heldOn",
                TODAY.toString(),
                "title",
                "入户宣传",
                "banners",
                2,
                "slogans",
                5,
                "householdsVisited",
                30,
                "personTimes",
                80,
                "wechatPosts",
                1,
                "articles",
                1))
        .post("/publicity")
        .then()
        .statusCode(201);
    JsonPath totals =
        township
            .api()
            .get("/publicity/totals?level=COMMUNITY")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(totals.getInt("find { it.code == '" + COMMUNITY + "' }.banners"))
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void theFourLedgersArePreviewedAsChinesePdfsAndTheDashboardAddsUp() throws IOException {
    Map<String, String> titles =
        Map.of(
            "grid-organisation", "网格化管理台账",
            "sweep-progress", "扫楼工作进度表",
            "checkpoint-settings", "卡点设置情况表",
            "arrival-screening", "来(返)人员摸排情况表");
    Qunfang.Login officer = Qunfang.activeUser(TOWNSHIP, "REPORT_OFFICER");
    for (Map.Entry<String, String> ledger : titles.entrySet()) {
      byte[] pdf =
          officer
              .api()
              .contentType(ContentType.JSON)
              .body(Map.of("kind", ledger.getKey(), "area", TOWNSHIP, "addressee", "屏南县疫情防控指挥部"))
              .post("/reports/preview")
              .then()
              .statusCode(200)
              .contentType("application/pdf")
              .extract()
              .asByteArray();
      try (PDDocument document = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(document);
        assertThat(text).as(ledger.getKey()).contains("棠口镇" + ledger.getValue(), "草稿");
      }
    }
    JsonPath dashboard =
        township.api().get("/dashboard").then().statusCode(200).extract().jsonPath();
    assertThat(dashboard.getString("areaName")).isEqualTo("棠口镇");
    assertThat(dashboard.getInt("total.smallGrids")).isGreaterThanOrEqualTo(1);
    assertThat(dashboard.getInt("total.households")).isGreaterThanOrEqualTo(4);
    assertThat(dashboard.getList("passages")).hasSize(14);
    Qunfang.activeUser(TOWNSHIP, "GRID_MEMBER").api().get("/dashboard").then().statusCode(403);
  }
}
