package org.qunfang.it.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Qunfang;

/** Formal reports over HTTP: preview, issue, the numbered archive, and what it refuses. */
class ReportsIT {

  private static final Map<String, String> DISTRICT =
      Map.of("kind", "division-statistics", "area", "350923", "addressee", "宁德市疫情防控指挥部");
  private static final Pattern NUMBER = Pattern.compile("屏防指〔(\\d{4})〕(\\d+)号");

  private static Qunfang.Login officer;

  @BeforeAll
  static void reportOfficer() {
    officer = Qunfang.activeUser("350923", "REPORT_OFFICER");
  }

  private static Response issue(Object request) {
    return officer.api().contentType(ContentType.JSON).body(request).post("/reports/issued");
  }

  private static int numberOf(String documentNumber) {
    Matcher m = NUMBER.matcher(documentNumber);
    assertThat(m.matches()).as(documentNumber).isTrue();
    assertThat(m.group(1))
        .isEqualTo(String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()));
    return Integer.parseInt(m.group(2));
  }

  /** The last document number issued, of any kind: they share one sequence per year. */
  private static int lastNumber() {
    List<String> numbers =
        officer
            .api()
            .queryParam("limit", 500)
            .get("/reports/issued")
            .then()
            .statusCode(200)
            .extract()
            .path("documentNumber");
    return numbers.stream().mapToInt(ReportsIT::numberOf).max().orElse(0);
  }

  @Test
  void aPreviewIsADraftWithEmbeddedChineseFontsAndNoNumber() throws IOException {
    int before = lastNumber();
    byte[] pdf =
        officer
            .api()
            .contentType(ContentType.JSON)
            .body(DISTRICT)
            .post("/reports/preview")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("草稿", "屏南县疫情防控指挥部", "屏南县行政区划统计表", "古峰镇", "合计", "— 1 —")
          .doesNotContain("屏防指〔");
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.isStandard14()).as(font.getName()).isFalse();
        }
      }
    }
    assertThat(lastNumber()).isEqualTo(before);
  }

  @Test
  void issuingNumbersArchivesAndDownloadsTheSameBytes() throws Exception {
    Response issued = issue(DISTRICT);
    issued.then().statusCode(201).body("documentNumber", startsWith("屏防指〔"));
    String id = issued.path("id");
    String sha256 = issued.path("sha256");
    String number = issued.path("documentNumber");

    byte[] pdf =
        officer
            .api()
            .get("/reports/issued/" + id + "/pdf")
            .then()
            .statusCode(200)
            .header("ETag", "\"" + sha256 + "\"")
            .extract()
            .asByteArray();
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
        .isEqualTo(sha256);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains(number, "屏南县行政区划统计表", "宁德市疫情防控指挥部：", "— 1 —").doesNotContain("草稿");
    }
    byte[] again = officer.api().get("/reports/issued/" + id + "/pdf").asByteArray();
    assertThat(again).isEqualTo(pdf);
  }

  @Test
  void fiftyConcurrentIssuesGetFiftyConsecutiveNumbers() throws Exception {
    int before = lastNumber();
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Callable<String>> issues = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      issues.add(() -> issue(DISTRICT).then().statusCode(201).extract().path("documentNumber"));
    }
    List<Integer> numbers = new ArrayList<>();
    for (Future<String> done : pool.invokeAll(issues)) {
      numbers.add(numberOf(done.get()));
    }
    pool.shutdown();
    assertThat(numbers).doesNotHaveDuplicates().hasSize(50);
    assertThat(numbers.stream().sorted().toList())
        .isEqualTo(
            java.util.stream.IntStream.rangeClosed(before + 1, before + 50).boxed().toList());
  }

  @Test
  void anArchivedReportCannotBeChangedOrDeleted() {
    Response issued = issue(DISTRICT);
    String id = issued.path("id");
    byte[] original = officer.api().get("/reports/issued/" + id + "/pdf").asByteArray();
    officer
        .api()
        .contentType(ContentType.JSON)
        .body(DISTRICT)
        .put("/reports/issued/" + id)
        .then()
        .statusCode(405)
        .contentType("application/problem+json");
    officer
        .api()
        .delete("/reports/issued/" + id)
        .then()
        .statusCode(405)
        .contentType("application/problem+json");
    officer
        .api()
        .contentType(ContentType.JSON)
        .body(DISTRICT)
        .post("/reports/issued/" + id + "/pdf")
        .then()
        .statusCode(405);
    issue(DISTRICT).then().statusCode(201); // issuing again makes a new report, not a change
    officer
        .api()
        .get("/reports/issued/" + id)
        .then()
        .statusCode(200)
        .body("documentNumber", equalTo(issued.path("documentNumber")));
    assertThat(officer.api().get("/reports/issued/" + id + "/pdf").asByteArray())
        .isEqualTo(original);
  }

  @Test
  void badRequestsConsumeNoNumberAndLeaveNoEntry() {
    int before = lastNumber();
    issue(Map.of("kind", "no-such-report", "area", "350923"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", org.hamcrest.Matchers.hasItem("kind"))
        .body("detail", equalTo("不存在类型为“no-such-report”的报表。"));
    issue(Map.of("kind", "division-statistics", "area", "350105")).then().statusCode(403);
    issue(Map.of("kind", "division-statistics", "area", "350923999"))
        .then()
        .statusCode(400)
        .body("violations.field", org.hamcrest.Matchers.hasItem("area"));
    issue(Map.of("kind", "Bad Kind!", "area", "3509")).then().statusCode(400);
    assertThat(lastNumber()).isEqualTo(before);
    assertThat(numberOf(issue(DISTRICT).then().statusCode(201).extract().path("documentNumber")))
        .isEqualTo(before + 1);
  }

  @Test
  void othersReadTheArchiveOfTheirAreaButIssueOnlyTheKindsMadeForThem() {
    String id = issue(DISTRICT).then().statusCode(201).extract().path("id");
    Qunfang.Login township = Qunfang.activeUser("350923100", "TOWNSHIP_OFFICER");
    township
        .api()
        .contentType(ContentType.JSON)
        .body(DISTRICT)
        .post("/reports/issued")
        .then()
        .statusCode(403);
    township.api().get("/reports/issued/" + id).then().statusCode(404);
    Qunfang.Login district = Qunfang.activeUser("350923", "AUDITOR");
    district.api().get("/reports/issued/" + id).then().statusCode(200);
    Qunfang.Login member = Qunfang.activeUser("350923", "GRID_MEMBER");
    member.api().get("/reports/issued").then().statusCode(403);
    given().get(Qunfang.API + "/reports/issued").then().statusCode(401);
  }

  @Test
  void aLongReportRunsInTheBackgroundWithProgressForItsStarterOnly() throws Exception {
    Response started =
        officer.api().contentType(ContentType.JSON).body(DISTRICT).post("/reports/jobs");
    started
        .then()
        .statusCode(202)
        .body("state", org.hamcrest.Matchers.oneOf("QUEUED", "RUNNING", "DONE"));
    String status = started.header("Location");
    String state = "QUEUED";
    for (int i = 0; i < 60 && !state.equals("DONE") && !state.equals("FAILED"); i++) {
      Thread.sleep(250);
      state = officer.api().baseUri(status).get().then().statusCode(200).extract().path("state");
    }
    assertThat(state).isEqualTo("DONE");
    officer
        .api()
        .baseUri(status)
        .get()
        .then()
        .body("rowsDone", equalTo(11))
        .body("rowsTotal", equalTo(11));
    byte[] draft =
        officer.api().baseUri(status + "/pdf").get().then().statusCode(200).extract().asByteArray();
    try (PDDocument document = Loader.loadPDF(draft)) {
      assertThat(new PDFTextStripper().getText(document)).contains("草稿", "屏南县行政区划统计表");
    }
    Qunfang.activeUser("350923", "REPORT_OFFICER")
        .api()
        .baseUri(status)
        .get()
        .then()
        .statusCode(404);
  }

  /** PostgreSQL only: H2 has no SQL trigger bodies, so there the archive is append-only by code. */
  @Test
  @org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable(
      named = "QUNFANG_DB_URL",
      matches = ".+")
  void onPostgresqlTheDatabaseItselfRefusesToChangeOrDeleteAnIssuedReport() throws Exception {
    String id = issue(DISTRICT).then().statusCode(201).extract().path("id");
    String url = System.getenv("QUNFANG_DB_URL");
    String user = System.getenv().getOrDefault("QUNFANG_DB_USER", "postgres");
    String password = System.getenv().getOrDefault("QUNFANG_DB_PASSWORD", "");
    try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, user, password);
        java.sql.Statement sql = db.createStatement()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  sql.executeUpdate(
                      "update reports.issued_report set title = 'x' where id = '" + id + "'"))
          .hasMessageContaining("never changed or deleted");
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> sql.executeUpdate("delete from reports.issued_report where id = '" + id + "'"))
          .hasMessageContaining("never changed or deleted");
    }
    officer.api().get("/reports/issued/" + id).then().statusCode(200);
  }
}
