package org.qunfang.it.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Qunfang;
import org.qunfang.it.system.Workbooks;

/**
 * WeChat coverage and publicity, rolled up and totalled; the four ledgers as Chinese PDFs and the
 * dashboard.
 */
class OutreachIT {

  private static final String TOWNSHIP = "350923206";
  private static final String COMMUNITY = "350923206201";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  private static GridArea area;

  @BeforeAll
  static void area() {
    area = GridArea.of(TOWNSHIP, COMMUNITY);
  }

  @Test
  void weChatCoverageCannotExceedRegisteredHouseholdsAndRollsUp() {
    area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "gridId",
                area.grid(),
                "name",
                "超额群",
                "administrator",
                "群主",
                "householdsCovered",
                99))
        .post("/wechat-groups")
        .then()
        .statusCode(400)
        .body("detail", containsString("超过了网格"));
    area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "gridId",
                area.grid(),
                "name",
                "棠口一组",
                "administrator",
                "群主甲",
                "householdsCovered",
                3))
        .post("/wechat-groups")
        .then()
        .statusCode(201);
    JsonPath coverage =
        area.officer()
            .api()
            .get("/wechat-groups/coverage?level=GRID&area=" + COMMUNITY)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(coverage.getMap("find { it.code == '" + area.gridCode() + "' }"))
        .containsEntry("householdsCovered", 3)
        .containsEntry("householdsTotal", 4)
        .containsEntry("coveragePercent", 75.0f);
    // An .xlsx of the same list, with Chinese headers.
    byte[] xlsx =
        area.officer()
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
    area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("communityCode", TOWNSHIP, "heldOn", TODAY.toString(), "title", "入户宣传"))
        .post("/publicity")
        .then()
        .statusCode(400)
        .body("detail", containsString("12位"));
    area.officer()
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
        area.officer()
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
        assertThat(text)
            .as(ledger.getKey())
            .contains(area.townshipName() + ledger.getValue(), "草稿");
      }
    }
    JsonPath dashboard =
        area.officer().api().get("/dashboard").then().statusCode(200).extract().jsonPath();
    assertThat(dashboard.getString("areaName")).isEqualTo(area.townshipName());
    assertThat(dashboard.getInt("total.smallGrids")).isGreaterThanOrEqualTo(1);
    assertThat(dashboard.getInt("total.households")).isGreaterThanOrEqualTo(4);
    assertThat(dashboard.getList("passages")).hasSize(14);
    Qunfang.activeUser(TOWNSHIP, "GRID_MEMBER").api().get("/dashboard").then().statusCode(403);
  }
}
