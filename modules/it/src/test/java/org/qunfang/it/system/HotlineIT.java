package org.qunfang.it.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hotline over REST: one-round-trip call logging, its refusals, and who may read a call. */
class HotlineIT {

  private static Qunfang.Login supervisor;
  private static Qunfang.Login counsellor;
  private static Qunfang.Login teammate;
  private static Qunfang.Login otherTeam;
  private static String hotline;
  private static String counsellorId;
  private static String agency;

  @BeforeAll
  static void aServiceWithTwoTeams() {
    supervisor = Qunfang.activeUser("350923", "HOTLINE_SUPERVISOR");
    String run = UUID.randomUUID().toString().substring(0, 6);
    hotline =
        post(
            supervisor,
            "/hotline/lines",
            Map.of(
                "name",
                "心理援助热线" + run,
                "number",
                "0593-" + Math.floorMod(run.hashCode(), 10_000_000),
                "roundTheClock",
                true));
    agency = post(supervisor, "/hotline/agencies", Map.of("name", "屏南县社工中心" + run));
    String teamA =
        post(supervisor, "/hotline/teams", Map.of("name", "第一服务队" + run, "agencyId", agency));
    String teamB = post(supervisor, "/hotline/teams", Map.of("name", "第二服务队" + run));
    counsellor = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
    teammate = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
    otherTeam = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
    counsellorId = counsellor(teamA, "林咨询", counsellor);
    counsellor(teamA, "陈咨询", teammate);
    counsellor(teamB, "王咨询", otherTeam);
  }

  private static String counsellor(String team, String name, Qunfang.Login account) {
    return post(
        supervisor,
        "/hotline/counsellors",
        Map.of(
            "name",
            name,
            "qualification",
            "PSYCHOLOGICAL_COUNSELLOR",
            "teamId",
            team,
            "account",
            account.username()));
  }

  private static String post(Qunfang.Login who, String path, Map<String, ?> body) {
    return who.api()
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A call of ten minutes that ended {@code ago}, with nothing at risk. */
  private static Map<String, Object> call(Duration ago) {
    return HotlineFixtures.call(hotline, Instant.now().minus(ago));
  }

  private static Map<String, Object> risk(boolean ideation, boolean plan, boolean means) {
    return HotlineFixtures.risk(ideation, plan, means);
  }

  private static Response log(Qunfang.Login who, Map<String, Object> call) {
    return who.api().contentType(ContentType.JSON).body(call).post("/calls");
  }

  private static int callsVisibleTo(Qunfang.Login who) {
    return who.api().get("/calls").then().statusCode(200).extract().path("size()");
  }

  @Test
  void aCrisisCallIsSavedInOneRoundTripWithEverythingItCarries() {
    Instant end = Instant.now().minus(Duration.ofMinutes(1));
    Map<String, Object> call = call(Duration.ofMinutes(1));
    call.put("risk", risk(true, true, true));
    call.put("callbackContact", "13912345678");
    call.put("categories", List.of("SUICIDAL_CRISIS"));
    call.put(
        "crisisActions",
        List.of(
            Map.of("kind", "STAYED_ON_LINE", "at", end.minus(Duration.ofMinutes(8)).toString()),
            Map.of("kind", "POLICE_110", "at", end.minus(Duration.ofMinutes(5)).toString())));
    call.put("referral", Map.of("target", "PSYCHIATRIC_HOSPITAL", "note", "县医院心理科"));
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
    call.put(
        "followUps",
        List.of(Map.of("task", "电话回访", "dueOn", tomorrow.toString(), "assigneeId", counsellorId)));

    Response saved = log(counsellor, call);
    saved
        .then()
        .statusCode(201)
        .body("assessedLevel", equalTo("IMMINENT"))
        .body("level", equalTo("IMMINENT"))
        .body("minutes", equalTo(10))
        .body("maskedContact", equalTo("139****5678"))
        .body("callerToken", startsWith("C"))
        .body("crisisActions.kind", hasItem("POLICE_110"))
        .body("referrals[0].target", equalTo("PSYCHIATRIC_HOSPITAL"))
        .body("followUps[0].assigneeName", equalTo("林咨询"))
        .body("reviewDueAt", not(equalTo(null)));
    assertThat(Instant.parse(saved.path("reviewDueAt")))
        .isEqualTo(Instant.parse(saved.path("endedAt")).plus(Duration.ofHours(24)));
    assertThat(saved.asString()).doesNotContain("13912345678");

    // The same contact calling again is the same pseudonymous caller.
    Map<String, Object> again = call(Duration.ZERO);
    again.put("callbackContact", "139-1234-5678");
    log(teammate, again)
        .then()
        .statusCode(201)
        .body("callerToken", equalTo(saved.path("callerToken")));

    // The contact in full is there for those who may read the call, and the reading is audited.
    String id = saved.path("id");
    teammate
        .api()
        .get("/calls/" + id + "/contact")
        .then()
        .statusCode(200)
        .body("contact", equalTo("13912345678"));
    Qunfang.admin()
        .api()
        .queryParam("entityType", "HotlineCall")
        .queryParam("entityId", id)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("action", hasItem("VIEW_FULL"))
        .body("action", hasItem("CREATE"))
        .body("changes", not(hasItem(containsString("13912345678"))));
  }

  @Test
  void badCallsAreRefusedWithTheirReasonAndNothingIsWritten() {
    int before = callsVisibleTo(counsellor);

    Map<String, Object> backwards = call(Duration.ofMinutes(5));
    backwards.put("endedAt", Instant.now().minus(Duration.ofHours(1)).toString());
    log(counsellor, backwards).then().statusCode(400).body("detail", containsString("结束时间早于开始时间"));

    Map<String, Object> override = call(Duration.ofMinutes(5));
    override.put("levelOverride", "HIGH");
    log(counsellor, override)
        .then()
        .statusCode(400)
        .body("detail", containsString("评估为“低”，调整为“高”"));

    Map<String, Object> pastFollowUp = call(Duration.ofMinutes(5));
    pastFollowUp.put(
        "followUps",
        List.of(Map.of("task", "回访", "dueOn", "2020-01-01", "assigneeId", counsellorId)));
    log(counsellor, pastFollowUp)
        .then()
        .statusCode(400)
        .body("detail", containsString("随访日期不能早于今天"));

    Map<String, Object> earlyCrisis = call(Duration.ofMinutes(5));
    earlyCrisis.put(
        "crisisActions",
        List.of(
            Map.of(
                "kind",
                "AMBULANCE_120",
                "at",
                Instant.now().minus(Duration.ofDays(1)).toString())));
    log(counsellor, earlyCrisis).then().statusCode(400).body("detail", containsString("已呼叫120"));

    Map<String, Object> noCategory = call(Duration.ofMinutes(5));
    noCategory.put("categories", List.of());
    log(counsellor, noCategory).then().statusCode(400);

    // Someone who is not a registered counsellor cannot log calls at all.
    log(Qunfang.activeUser("350923", "GRID_MEMBER"), call(Duration.ofMinutes(5)))
        .then()
        .statusCode(403)
        .body("detail", containsString("热线咨询员"));

    assertThat(callsVisibleTo(counsellor)).isEqualTo(before);

    // A justified override is accepted, and both levels are kept.
    override.put("overrideReason", "来电者提到独居、近期失业，保守评估");
    log(counsellor, override)
        .then()
        .statusCode(201)
        .body("assessedLevel", equalTo("LOW"))
        .body("level", equalTo("HIGH"));
  }

  @Test
  void onlyTheTeamAndSupervisorsReadACallAndRefusalsAreAudited() {
    String id =
        log(counsellor, call(Duration.ofMinutes(3))).then().statusCode(201).extract().path("id");

    counsellor
        .api()
        .get("/calls/" + id)
        .then()
        .statusCode(200)
        .body("summary", containsString("失眠"));
    teammate.api().get("/calls/" + id).then().statusCode(200);
    supervisor.api().get("/calls/" + id).then().statusCode(200);
    otherTeam
        .api()
        .get("/calls/" + id)
        .then()
        .statusCode(403)
        .body("detail", containsString("此次查看已被记录"));
    otherTeam.api().get("/calls/" + id + "/contact").then().statusCode(403);
    Qunfang.Login reports = Qunfang.activeUser("350923", "REPORT_OFFICER");
    reports.api().get("/calls/" + id).then().statusCode(403);
    reports.api().get("/calls").then().statusCode(403);
    Qunfang.activeUser("350923", "DISTRICT_ADMIN").api().get("/calls/" + id).then().statusCode(403);

    assertThat(
            teammate.api().get("/calls").then().statusCode(200).extract().<List<String>>path("id"))
        .contains(id);
    assertThat(
            otherTeam.api().get("/calls").then().statusCode(200).extract().<List<String>>path("id"))
        .doesNotContain(id);

    List<Map<String, Object>> audit =
        Qunfang.admin()
            .api()
            .queryParam("entityType", "HotlineCall")
            .queryParam("entityId", id)
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    assertThat(audit)
        .filteredOn(e -> "ACCESS_DENIED".equals(e.get("action")))
        .extracting(e -> e.get("actor"))
        .contains(otherTeam.username(), reports.username());
    assertThat(audit)
        .filteredOn(e -> "VIEW_FULL".equals(e.get("action")))
        .extracting(e -> e.get("actor"))
        .contains(counsellor.username(), teammate.username(), supervisor.username());
  }

  @Test
  void aHighRiskCallIsReviewedBySupervisorsOnlyAndOnce() {
    Map<String, Object> high = call(Duration.ofHours(30));
    high.put("risk", risk(true, true, false));
    Response saved = log(counsellor, high);
    saved.then().statusCode(201).body("level", equalTo("HIGH"));
    String id = saved.path("id");
    int version = saved.path("version");

    // Ended 30 hours ago: its 24-hour review is overdue.
    assertThat(
            supervisor
                .api()
                .get("/calls/reviews/overdue")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("id"))
        .contains(id);
    counsellor.api().get("/calls/reviews/overdue").then().statusCode(403);

    Map<String, Object> review = Map.of("note", "已电话确认安全，转介门诊", "version", version);
    counsellor
        .api()
        .contentType(ContentType.JSON)
        .body(review)
        .put("/calls/" + id + "/review")
        .then()
        .statusCode(403)
        .body("detail", containsString("只有督导"));
    supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(review)
        .put("/calls/" + id + "/review")
        .then()
        .statusCode(200)
        .body("reviewedBy", equalTo(supervisor.username()));
    supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(review)
        .put("/calls/" + id + "/review")
        .then()
        .statusCode(409);
    assertThat(
            supervisor
                .api()
                .get("/calls/reviews/overdue")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("id"))
        .doesNotContain(id);

    String low = log(counsellor, call(Duration.ofMinutes(2))).path("id");
    supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("note", "看过", "version", 1))
        .put("/calls/" + low + "/review")
        .then()
        .statusCode(400);
  }

  @Test
  void referralsAndFollowUpsAreRecordedAndEditsAreVersionChecked() {
    String id = log(counsellor, call(Duration.ofMinutes(4))).path("id");
    Response referral =
        teammate
            .api()
            .contentType(ContentType.JSON)
            .body(Map.of("target", "COMMUNITY_DOCTOR"))
            .post("/calls/" + id + "/referrals");
    referral.then().statusCode(201);
    String referralId = referral.path("id");
    int referralVersion = referral.path("version");
    counsellor
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("accepted", true, "version", referralVersion))
        .put("/calls/referrals/" + referralId)
        .then()
        .statusCode(200)
        .body("accepted", equalTo(true));
    teammate
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("accepted", false, "version", referralVersion))
        .put("/calls/referrals/" + referralId)
        .then()
        .statusCode(409);
    otherTeam
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("accepted", false, "version", referralVersion + 1))
        .put("/calls/referrals/" + referralId)
        .then()
        .statusCode(403);

    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    Response followUp =
        counsellor
            .api()
            .contentType(ContentType.JSON)
            .body(Map.of("task", "三天后回访", "dueOn", today, "assigneeId", counsellorId))
            .post("/calls/" + id + "/follow-ups");
    followUp.then().statusCode(201).body("overdue", equalTo(false));
    String followUpId = followUp.path("id");
    assertThat(
            teammate
                .api()
                .get("/calls/follow-ups")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("id"))
        .contains(followUpId);
    assertThat(
            otherTeam
                .api()
                .get("/calls/follow-ups")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("id"))
        .doesNotContain(followUpId);
    counsellor
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "情绪平稳", "version", followUp.<Integer>path("version")))
        .put("/calls/follow-ups/" + followUpId)
        .then()
        .statusCode(200)
        .body("doneAt", not(equalTo(null)));
    counsellor
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "再次", "version", followUp.<Integer>path("version") + 1))
        .put("/calls/follow-ups/" + followUpId)
        .then()
        .statusCode(409);
  }

  @Test
  void theRosterRefusesOverlappingDuties() {
    Instant start =
        Instant.now().plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    Map<String, Object> duty =
        Map.of(
            "hotlineId",
            hotline,
            "counsellorId",
            counsellorId,
            "startsAt",
            start.toString(),
            "endsAt",
            start.plus(Duration.ofHours(8)).toString());
    post(supervisor, "/hotline/roster", duty);
    supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "hotlineId",
                hotline,
                "counsellorId",
                counsellorId,
                "startsAt",
                start.plus(Duration.ofHours(4)).toString(),
                "endsAt",
                start.plus(Duration.ofHours(12)).toString()))
        .post("/hotline/roster")
        .then()
        .statusCode(409)
        .body("detail", containsString("时间重叠"));
    supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "hotlineId",
                hotline,
                "counsellorId",
                counsellorId,
                "startsAt",
                start.toString(),
                "endsAt",
                start.minus(Duration.ofHours(1)).toString()))
        .post("/hotline/roster")
        .then()
        .statusCode(400);
    counsellor
        .api()
        .contentType(ContentType.JSON)
        .body(duty)
        .post("/hotline/roster")
        .then()
        .statusCode(403);
    supervisor
        .api()
        .queryParam("at", start.plus(Duration.ofHours(1)).toString())
        .get("/hotline/lines/" + hotline + "/on-duty")
        .then()
        .statusCode(200)
        .body("counsellorName", hasItem("林咨询"));
  }

  @Test
  void serviceStatisticsAddEnteredFiguresToCountedCallsAndShowOnlyAggregates() {
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    Map<String, Object> offline =
        Map.of("agencyId", agency, "servedOn", today, "mode", "OFFLINE", "personTimes", 30);
    supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(offline)
        .put("/hotline/services")
        .then()
        .statusCode(204);
    // Entering the same day and mode again replaces the figure.
    supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("agencyId", agency, "servedOn", today, "mode", "OFFLINE", "personTimes", 34))
        .put("/hotline/services")
        .then()
        .statusCode(204);
    supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("agencyId", agency, "servedOn", today, "mode", "ONLINE", "personTimes", -1))
        .put("/hotline/services")
        .then()
        .statusCode(400);
    counsellor
        .api()
        .contentType(ContentType.JSON)
        .body(offline)
        .put("/hotline/services")
        .then()
        .statusCode(403);
    log(counsellor, call(Duration.ofMinutes(1))).then().statusCode(201); // team A: this agency

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
            .filter(r -> agency.equals(r.get("agencyId")) && today.equals(r.get("day")))
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
    log(counsellor, call(Duration.ofMinutes(6))).then().statusCode(201);
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    counsellor
        .api()
        .accept(Workbooks.XLSX)
        .queryParam("reason", "个案督导")
        .get("/calls/export")
        .then()
        .statusCode(403);
    supervisor
        .api()
        .accept(Workbooks.XLSX)
        .get("/calls/export")
        .then()
        .statusCode(400)
        .body("detail", containsString("须写明理由"));
    byte[] sheet =
        supervisor
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
        .anyMatch(e -> e.startsWith(supervisor.username()) && e.contains("月度个案督导会议"));
    assertThat(audit)
        .filteredOn(e -> "ACCESS_DENIED".equals(e.get("action")))
        .extracting(e -> e.get("actor"))
        .contains(counsellor.username());
  }

  @Test
  void recordsPastRetentionAreAnonymisedAndTheStatisticsStayTheSame() {
    Duration fourYears = Duration.ofDays(4 * 365 + 1);
    Map<String, Object> old = call(fourYears);
    old.put("callbackContact", "13800138000");
    old.put("divisionCode", "350923100001");
    old.put("risk", risk(true, true, false));
    old.put("referral", Map.of("target", "SOCIAL_WORKER", "note", "联系棠口村张姓社工"));
    String id = log(counsellor, old).then().statusCode(201).extract().path("id");
    String day =
        Instant.now().minus(fourYears).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
    List<Map<String, Object>> before =
        supervisor
            .api()
            .queryParam("from", day)
            .queryParam("to", day)
            .get("/hotline/services")
            .then()
            .statusCode(200)
            .extract()
            .path("");

    supervisor.api().post("/hotline/retention/run").then().statusCode(403);
    Qunfang.admin()
        .api()
        .post("/hotline/retention/run")
        .then()
        .statusCode(200)
        .body("years", equalTo(3));

    supervisor
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
    supervisor
        .api()
        .queryParam("from", day)
        .queryParam("to", day)
        .get("/hotline/services")
        .then()
        .statusCode(200)
        .body("", equalTo(before));
  }

  @Test
  void theMonthlyReportSaysWhatTheRecordsSayAndHighRiskHandlingIsForSupervisors() throws Exception {
    ZoneId china = ZoneId.of("Asia/Shanghai");
    java.time.YearMonth month = java.time.YearMonth.now(china).minusMonths(25);
    java.time.ZonedDateTime noon = month.atDay(10).atTime(12, 0).atZone(china);
    Map<String, Object> student = call(Duration.between(noon.toInstant(), Instant.now()));
    log(counsellor, student).then().statusCode(201);
    Map<String, Object> elderly =
        call(Duration.between(noon.plusDays(1).toInstant(), Instant.now()));
    elderly.put("channel", "ONLINE");
    elderly.put("group", "ELDERLY");
    elderly.put("risk", risk(true, true, false));
    elderly.put("referral", Map.of("target", "PSYCHIATRIC_HOSPITAL"));
    log(counsellor, elderly).then().statusCode(201);
    Map<String, Object> crisis =
        call(Duration.between(noon.plusDays(2).toInstant(), Instant.now()));
    crisis.put("group", "MEDICAL_WORKER");
    crisis.put("risk", risk(true, true, true));
    Instant crisisEnd = Instant.parse((String) crisis.get("endedAt"));
    crisis.put(
        "crisisActions",
        List.of(
            Map.of("kind", "POLICE_110", "at", crisisEnd.minus(Duration.ofMinutes(2)).toString())));
    log(teammate, crisis).then().statusCode(201);
    supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "agencyId",
                agency,
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
        supervisor
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
        supervisor
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
            supervisor,
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
