package org.qunfang.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.qunfang.kernel.validation.CitizenIds;

/**
 * The job board outlives its server: after a crash and a fresh start, a job that finished before is
 * still read with its result, and one cut off reads as interrupted and left nothing behind.
 */
class JobBoardRestartIT {

  @Test
  void finishedJobsAreReadAfterACrashAndOneCutOffIsInterrupted() throws Exception {
    Qunfang.Login township = Qunfang.activeUser("350923100", "TOWNSHIP_OFFICER");
    String grid = Fixtures.smallGrid(township, "350923100007");
    String gridCode = township.api().get("/grids/" + grid).path("code");
    Qunfang.Login officer = Qunfang.activeUser("350923", "REPORT_OFFICER");

    String imported =
        upload(
            township,
            Workbooks.of(
                List.of(
                    Workbooks.row(gridCode, "前洋路1号", "101", "郑一", People.idNumber(), "户主", ""),
                    Workbooks.row(gridCode, "前洋路1号", "101", "郑二", People.idNumber(), "配偶", ""))));
    assertThat(poll(township, "/resident-imports/" + imported, finished()).get("state"))
        .isEqualTo("DONE");
    String preview =
        officer
            .api()
            .contentType(ContentType.JSON)
            .body(Map.of("kind", "division-statistics", "area", "350923"))
            .post("/reports/jobs")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    assertThat(poll(officer, "/reports/jobs/" + preview, finished()).get("state"))
        .isEqualTo("DONE");

    String cut = upload(township, bigWorkbook(gridCode, 100_000));
    poll(
        township,
        "/resident-imports/" + cut,
        job -> Integer.valueOf(1).compareTo((Integer) job.get("done")) <= 0);
    Server.crash();
    Server.up();

    Map<String, Object> before = poll(township, "/resident-imports/" + imported, finished());
    assertThat(before).containsEntry("state", "DONE").containsEntry("residents", 2);
    byte[] pdf =
        officer
            .api()
            .get("/reports/jobs/" + preview + "/pdf")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("行政区划统计表");
    }
    Map<String, Object> interrupted = poll(township, "/resident-imports/" + cut, finished());
    assertThat(interrupted.get("state")).isEqualTo("INTERRUPTED");
    assertThat(interrupted.get("errors").toString()).contains("重启");
    assertThat((Integer) township.api().queryParam("grid", grid).get("/residents").path("total"))
        .isEqualTo(2);
    Qunfang.activeUser("350923100", "TOWNSHIP_OFFICER")
        .api()
        .get("/resident-imports/" + imported)
        .then()
        .statusCode(404);
  }

  private static String upload(Qunfang.Login who, byte[] workbook) {
    return who.api()
        .contentType(Workbooks.XLSX)
        .queryParam("fileName", "前洋社区.xlsx")
        .body(workbook)
        .post("/resident-imports")
        .then()
        .statusCode(202)
        .extract()
        .path("id");
  }

  private static Predicate<Map<String, Object>> finished() {
    return job -> List.of("DONE", "REFUSED", "FAILED", "INTERRUPTED").contains(job.get("state"));
  }

  private static Map<String, Object> poll(
      Qunfang.Login who, String path, Predicate<Map<String, Object>> until)
      throws InterruptedException {
    Instant give = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(give)) {
      Map<String, Object> job = who.api().get(path).then().statusCode(200).extract().path("");
      if (until.test(job)) {
        return job;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(path + " did not get there");
  }

  /** Rows enough that the import is still running when the server is killed. */
  private static byte[] bigWorkbook(String gridCode, int rows) {
    List<List<String>> people = new ArrayList<>(rows);
    LocalDate born = LocalDate.of(1950, 1, 1);
    for (int i = 0; i < rows; i++) {
      String first17 =
          "350923"
              + born.plusDays(i / 50).toString().replace("-", "")
              + "0"
              + String.format("%02d", (i % 50) * 2 + 1);
      people.add(
          Workbooks.row(
              gridCode,
              "前洋路" + (i / 4 + 2) + "号",
              "",
              "郑" + i,
              first17 + CitizenIds.checkCharacter(first17),
              i % 4 == 0 ? "户主" : "子女",
              ""));
    }
    return Workbooks.of(people);
  }
}
