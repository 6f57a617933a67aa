package org.qunfang.it.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.People;
import org.qunfang.it.system.Qunfang;
import org.qunfang.it.system.Workbooks;

/** The resident workbook: every bad row named, nothing written unless every row is good. */
class ResidentImportIT {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static Qunfang.Login township;
  private static String grid;
  private static String gridCode;

  @BeforeAll
  static void aSmallGrid() {
    township = Qunfang.activeUser("350923100", "TOWNSHIP_OFFICER");
    grid = Fixtures.smallGrid(township, "350923100006");
    gridCode = township.api().get("/grids/" + grid).path("code");
  }

  private static Response upload(byte[] workbook) {
    return township
        .api()
        .contentType(XLSX)
        .queryParam("fileName", "长汾社区.xlsx")
        .body(workbook)
        .post("/resident-imports");
  }

  /** Starts an import and waits for it to finish. */
  private static Map<String, Object> imported(byte[] workbook) throws InterruptedException {
    String id = upload(workbook).then().statusCode(202).extract().path("id");
    Instant give = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(give)) {
      Map<String, Object> job =
          township.api().get("/resident-imports/" + id).then().statusCode(200).extract().path("");
      if (List.of("DONE", "REFUSED", "FAILED").contains(job.get("state"))) {
        return job;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("import did not finish");
  }

  private static int residentsOfGrid() {
    return township.api().queryParam("grid", grid).get("/residents").path("total");
  }

  @Test
  void theTemplateHasEveryColumnInOrder() throws Exception {
    byte[] template =
        township
            .api()
            .get("/resident-imports/template")
            .then()
            .statusCode(200)
            .contentType(XLSX)
            .header("Content-Disposition", containsString("UTF-8''"))
            .extract()
            .asByteArray();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template));
        Stream<Row> rows = workbook.getFirstSheet().openStream()) {
      Row header = rows.findFirst().orElseThrow();
      assertThat(header.stream().map(c -> c.getText()).toList()).isEqualTo(Workbooks.HEADERS);
    }
  }

  @Test
  void everyBadRowIsNamedAndNothingIsWritten() throws Exception {
    String twice = People.idNumber();
    byte[] workbook =
        Workbooks.of(
            List.of(
                Workbooks.row(gridCode, "长汾路1号", "101", "刘一", People.idNumber(), "户主", "独居老人"),
                Workbooks.row(gridCode, "长汾路1号", "101", "刘二", "350923199001011235", "配偶", ""),
                Workbooks.row("350923100006999", "长汾路2号", "", "刘三", People.idNumber(), "户主", ""),
                Workbooks.row(gridCode, "长汾路3号", "", "刘四", twice, "户主", "外星人"),
                Workbooks.row(gridCode, "长汾路3号", "", "刘五", twice, "妻子", "")));
    Map<String, Object> job = imported(workbook);
    assertThat(job).containsEntry("state", "REFUSED");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) job.get("errors");
    assertThat(errors)
        .extracting(e -> e.get("row") + " " + e.get("column"))
        .containsExactly("3 公民身份号码", "4 网格编码", "5 重点人群标签", "6 公民身份号码", "6 与户主关系");
    assertThat(errors.get(1).get("reason").toString()).contains("350923100006999");
    assertThat(errors.get(3).get("reason").toString()).contains("第 5 行");
    assertThat(residentsOfGrid()).isZero();
  }

  @Test
  void aGoodWorkbookMakesHouseholdsAndResidentsOnceAndIsAudited() throws Exception {
    String head = People.idNumber();
    byte[] workbook =
        Workbooks.of(
            List.of(
                Workbooks.row(gridCode, "长汾路8号", "201", "黄一", head, "户主", "慢性病、独居老人"),
                Workbooks.row(gridCode, "长汾路8号", "201", "黄二", People.idNumber(), "配偶", ""),
                Workbooks.row(gridCode, "长汾路9号", "", "黄三", People.idNumber(), "户主", "")));
    int before = residentsOfGrid();
    Map<String, Object> job = imported(workbook);
    assertThat(job)
        .containsEntry("state", "DONE")
        .containsEntry("residents", 3)
        .containsEntry("households", 2);
    assertThat(residentsOfGrid()).isEqualTo(before + 3);
    township
        .api()
        .queryParam("grid", grid)
        .queryParam("tag", "CHRONIC_DISEASE")
        .get("/residents")
        .then()
        .body("items.name", hasItem("黄一"));
    Qunfang.admin()
        .api()
        .queryParam("entityType", "ResidentImport")
        .queryParam("entityId", job.get("id"))
        .get("/audit")
        .then()
        .statusCode(200)
        .body("[0].changes", containsString("长汾社区.xlsx"));

    // the same people again: each row names where they are already registered
    Map<String, Object> again = imported(workbook);
    assertThat(again).containsEntry("state", "REFUSED").containsEntry("errorCount", 3);
    assertThat(again.get("errors").toString()).contains(gridCode).contains("黄*");
    assertThat(residentsOfGrid()).isEqualTo(before + 3);
  }

  @Test
  void aFileThatIsNotAWorkbookOrLacksColumnsIsRefusedAtOnce() {
    upload("姓名,公民身份号码\n张三,1".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:qunfang:problem:import.notWorkbook"));
    upload(Workbooks.of(List.of("网格编码", "姓名"), List.of(List.of(gridCode, "张三"))))
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:qunfang:problem:import.missingColumns"))
        .body("detail", containsString("户地址"))
        .body("detail", containsString("公民身份号码"));
  }
}
