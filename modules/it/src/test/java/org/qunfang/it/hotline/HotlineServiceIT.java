package org.qunfang.it.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.Qunfang;
import org.qunfang.it.system.Workbooks;

/** Running the service: the roster, service statistics, the export of records and retention. */
class HotlineServiceIT {

  private static HotlineService service;

  @BeforeAll
  static void aServiceWithTwoTeams() {
    service = HotlineService.withTwoTeams();
  }

  @Test
  void theRosterRefusesOverlappingDuties() {
    Instant start =
        Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    Map<String, Object> duty =
        Map.of(
            "hotlineId",
            service.line,
            "counsellorId",
            service.counsellorId,
            "startsAt",
            start.toString(),
            "endsAt",
            start.plus(Duration.ofHours(8)).toString());
    Fixtures.created(service.supervisor, "/hotline/roster", duty);
    service
        .supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "hotlineId",
                service.line,
                "counsellorId",
                service.counsellorId,
                "startsAt",
                start.plus(Duration.ofHours(4)).toString(),
                "endsAt",
                start.plus(Duration.ofHours(12)).toString()))
        .post("/hotline/roster")
        .then()
        .statusCode(409)
        .body("detail", containsString("时间重叠"));
    service
        .supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "hotlineId",
                service.line,
                "counsellorId",
                service.counsellorId,
                "startsAt",
                start.toString(),
                "endsAt",
                start.minus(Duration.ofHours(1)).toString()))
        .post("/hotline/roster")
        .then()
        .statusCode(400);
    service
        .counsellor
        .api()
        .contentType(ContentType.JSON)
        .body(duty)
        .post("/hotline/roster")
        .then()
        .statusCode(403);
    service
        .supervisor
        .api()
        .queryParam("at", start.plus(Duration.ofHours(1)).toString())
        .get("/hotline/lines/" + service.line + "/on-duty")
        .then()
        .statusCode(200)
        .body("counsellorName", hasItem("林咨询"));
  }

  @Test
  void serviceStatisticsAddEnteredFiguresToCountedCallsAndShowOnlyAggregates() {
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    Map<String, Object> offline =
        Map.of("agencyId", service.agency, "servedOn", today, "mode", "OFFLINE", "personTimes", 30);
    service
        .supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(offline)
        .put("/hotline/services")
        .then()
        .statusCode(204);
    // Entering the same day and mode again replaces the figure.
    service
        .supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "agencyId",
                service.agency,
                "servedOn",
                today,
                "mode",
                "OFFLINE",
                "personTimes",
                34))
        .put("/hotline/services")
        .then()
        .statusCode(204);
    service
        .supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "agencyId", service.agency, "servedOn", today, "mode", "ONLINE", "personTimes", -1))
        .put("/hotline/services")
        .then()
        .statusCode(400);
    service
        .counsellor
        .api()
        .contentType(ContentType.JSON)
        .body(offline)
        .put("/hotline/services")
        .then()
        .statusCode(403);
    service
        .log(service.counsellor, service.aCall().endedAgo(Duration.ofMinutes(1)).body())
        .then()
        .statusCode(201); // team A: this service.agency

    Qunfang.Login reports = Qunfang.activeUser("350923", "REPORT_OFFICER");
    List<Map<String, Object>> rows =
        reports
            .api()
            .queryParam("from", today)
            .queryParam("to", today)
            .get("/hotline/services")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    Map<String, Object> day =
        rows.stream()
            .filter(r -> service.agency.equals(r.get("agencyId")) && today.equals(r.get("day")))
            .findFirst()
            .orElseThrow();
    assertThat(day).containsEntry("offline", 34).containsEntry("entered", 34);
    assertThat((Integer) day.get("fromCalls")).isPositive();
    assertThat((Integer) day.get("phone")).isEqualTo(day.get("fromCalls"));
    Map<String, Object> total = rows.get(rows.size() - 1);
    assertThat(total.get("agencyId")).isNull();
    int subtotals =
        rows.stream()
            .filter(r -> r.get("agencyId") != null && r.get("day") == null)
            .mapToInt(r -> (Integer) r.get("total"))
            .sum();
    assertThat(total.get("total")).isEqualTo(subtotals);
    assertThat(rows.toString()).doesNotContain("失眠"); // aggregates: no call detail

    Qunfang.activeUser("350923", "GRID_MEMBER")
        .api()
        .get("/hotline/services")
        .then()
        .statusCode(403);
  }

  @Test
  void onlySupervisorsExportRecordsAndOnlyWithAReason() throws Exception {
    service
        .log(service.counsellor, service.aCall().endedAgo(Duration.ofMinutes(6)).body())
        .then()
        .statusCode(201);
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    service
        .counsellor
        .api()
        .accept(Workbooks.XLSX)
        .queryParam("reason", "个案督导")
        .get("/calls/export")
        .then()
        .statusCode(403);
    service
        .supervisor
        .api()
        .accept(Workbooks.XLSX)
        .get("/calls/export")
        .then()
        .statusCode(400)
        .body("detail", containsString("须写明理由"));
    byte[] sheet =
        service
            .supervisor
            .api()
            .accept(Workbooks.XLSX)
            // from yesterday: a call started just before midnight in Beijing is yesterday's
            .queryParam("from", LocalDate.parse(today).minusDays(1).toString())
            .queryParam("to", today)
            .queryParam("reason", "月度个案督导会议")
            .get("/calls/export")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(Workbooks.firstRow(sheet)).contains("开始时间", "通话摘要", "风险等级", "问题类别");

    List<Map<String, Object>> audit =
        Qunfang.admin()
            .api()
            .queryParam("entityType", "HotlineCall")
            .queryParam("entityId", "*")
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    assertThat(audit)
        .filteredOn(e -> "EXPORT".equals(e.get("action")))
        .extracting(e -> e.get("actor") + " " + e.get("changes"))
        .anyMatch(e -> e.startsWith(service.supervisor.username()) && e.contains("月度个案督导会议"));
    assertThat(audit)
        .filteredOn(e -> "ACCESS_DENIED".equals(e.get("action")))
        .extracting(e -> e.get("actor"))
        .contains(service.counsellor.username());
  }

  @Test
  void recordsPastRetentionAreAnonymisedAndTheStatisticsStayTheSame() {
    Duration fourYears = Duration.ofDays(4 * 365 + 1);
    Map<String, Object> old = service.aCall().endedAgo(fourYears).body();
    old.put("callbackContact", "13800138000");
    old.put("divisionCode", "350923100001");
    old.put("risk", ACall.risk(true, true, false));
    old.put("referral", Map.of("target", "SOCIAL_WORKER", "note", "联系棠口村张姓社工"));
    String id = service.log(service.counsellor, old).then().statusCode(201).extract().path("id");
    String day =
        Instant.now().minus(fourYears).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
    List<Map<String, Object>> before =
        service
            .supervisor
            .api()
            .queryParam("from", day)
            .queryParam("to", day)
            .get("/hotline/services")
            .then()
            .statusCode(200)
            .extract()
            .path("");

    service.supervisor.api().post("/hotline/retention/run").then().statusCode(403);
    Qunfang.admin()
        .api()
        .post("/hotline/retention/run")
        .then()
        .statusCode(200)
        .body("years", equalTo(3));

    service
        .supervisor
        .api()
        .get("/calls/" + id)
        .then()
        .statusCode(200)
        .body("summary", equalTo(null))
        .body("maskedContact", equalTo(null))
        .body("callerToken", equalTo("ANON"))
        .body("divisionCode", equalTo("350923"))
        .body("referrals[0].note", equalTo(null))
        // what the statistics count stays
        .body("level", equalTo("HIGH"))
        .body("categories", hasItem("ANXIETY"))
        .body("referrals[0].target", equalTo("SOCIAL_WORKER"));
    service
        .supervisor
        .api()
        .queryParam("from", day)
        .queryParam("to", day)
        .get("/hotline/services")
        .then()
        .statusCode(200)
        .body("", equalTo(before));
  }
}
