package org.qunfang.it.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Qunfang;

/** The monthly report against the records, and high-risk handling for supervisors only. */
class HotlineMonthlyReportIT {

  private static HotlineService service;

  @BeforeAll
  static void aServiceWithTwoTeams() {
    service = HotlineService.withTwoTeams();
  }

  @Test
  void theMonthlyReportSaysWhatTheRecordsSayAndHighRiskHandlingIsForSupervisors() throws Exception {
    ZoneId china = ZoneId.of("Asia/Shanghai");
    java.time.YearMonth month = java.time.YearMonth.now(china).minusMonths(25);
    java.time.ZonedDateTime noon = month.atDay(10).atTime(12, 0).atZone(china);
    Map<String, Object> student = service.aCall().endedAt(noon.toInstant()).body();
    service.log(service.counsellor, student).then().statusCode(201);
    Map<String, Object> elderly = service.aCall().endedAt(noon.plusDays(1).toInstant()).body();
    elderly.put("channel", "ONLINE");
    elderly.put("group", "ELDERLY");
    elderly.put("risk", ACall.risk(true, true, false));
    elderly.put("referral", Map.of("target", "PSYCHIATRIC_HOSPITAL"));
    service.log(service.counsellor, elderly).then().statusCode(201);
    Map<String, Object> crisis = service.aCall().endedAt(noon.plusDays(2).toInstant()).body();
    crisis.put("group", "MEDICAL_WORKER");
    crisis.put("risk", ACall.risk(true, true, true));
    Instant crisisEnd = Instant.parse((String) crisis.get("endedAt"));
    crisis.put(
        "crisisActions",
        List.of(
            Map.of("kind", "POLICE_110", "at", crisisEnd.minus(Duration.ofMinutes(2)).toString())));
    service.log(service.teammate, crisis).then().statusCode(201);
    service
        .supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "agencyId",
                service.agency,
                "servedOn",
                month.atDay(12).toString(),
                "mode",
                "OFFLINE",
                "personTimes",
                3481))
        .put("/hotline/services")
        .then()
        .statusCode(204);

    // What the records say, read back through the API.
    List<Map<String, Object>> records =
        service
            .supervisor
            .api()
            .queryParam("from", month.atDay(1).toString())
            .queryParam("to", month.atEndOfMonth().toString())
            .get("/calls")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    long calls = records.size();
    long minutes = records.stream().mapToLong(r -> ((Number) r.get("minutes")).longValue()).sum();
    long highRisk =
        records.stream().filter(r -> List.of("HIGH", "IMMINENT").contains(r.get("level"))).count();
    List<Map<String, Object>> services =
        service
            .supervisor
            .api()
            .queryParam("from", month.atDay(1).toString())
            .queryParam("to", month.atEndOfMonth().toString())
            .get("/hotline/services")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    Object socialWork = services.get(services.size() - 1).get("total");
    assertThat(calls).isGreaterThanOrEqualTo(3);

    Qunfang.Login reports = Qunfang.activeUser("350923", "REPORT_OFFICER");
    String monthly =
        pdfText(
            reports,
            Map.of("kind", "hotline-monthly", "area", "350923", "month", month.toString()));
    assertThat(monthly)
        .contains(month.getYear() + "年" + month.getMonthValue() + "月心理援助热线服务月报")
        .contains("共接听来电" + calls + "人次，通话合计" + minutes + "分钟")
        .contains("高危及紧急来电" + highRisk + "人次")
        .contains("社会工作者服务" + socialWork + "人次")
        .contains("按渠道", "按人群", "按问题类别", "按风险等级", "医务人员")
        .doesNotContain("失眠"); // no call summaries, no personal data

    assertThat(
            reports
                .api()
                .get("/reports/kinds")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("kind"))
        .contains("hotline-monthly")
        .doesNotContain("hotline-high-risk");
    reports
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "hotline-high-risk", "area", "350923", "month", month.toString()))
        .post("/reports/preview")
        .then()
        .statusCode(403);
    String handling =
        pdfText(
            service.supervisor,
            Map.of("kind", "hotline-high-risk", "area", "350923", "month", month.toString()));
    assertThat(handling)
        .contains("高危来电处置情况", "共" + highRisk + "人次", "已报警110", "精神专科医院（待确认）", "逾期未复核");
  }

  private static String pdfText(Qunfang.Login who, Map<String, String> request) throws Exception {
    byte[] pdf =
        who.api()
            .contentType(ContentType.JSON)
            .body(request)
            .post("/reports/preview")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }
}
