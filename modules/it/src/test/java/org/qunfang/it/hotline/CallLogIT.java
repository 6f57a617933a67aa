package org.qunfang.it.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.qunfang.it.hotline.ACall.minutes;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Qunfang;

/**
 * The call log: one-round-trip saves and their refusals, who reads a call, reviews, referrals and
 * follow-ups.
 */
class CallLogIT {

  private static HotlineService service;

  @BeforeAll
  static void aServiceWithTwoTeams() {
    service = HotlineService.withTwoTeams();
  }

  @Test
  void aCrisisCallIsSavedInOneRoundTripWithEverythingItCarries() {
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
    Response saved =
        service
            .aCall()
            .endedAgo(minutes(1))
            .imminentRisk()
            .contact("13912345678")
            .with("categories", List.of("SUICIDAL_CRISIS"))
            .crisis("STAYED_ON_LINE", minutes(8))
            .crisis("POLICE_110", minutes(5))
            .referral("PSYCHIATRIC_HOSPITAL", "县医院心理科")
            .followUp("电话回访", tomorrow, service.counsellorId)
            .by(service.counsellor);
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
    Map<String, Object> again = service.aCall().endedAgo(Duration.ZERO).body();
    again.put("callbackContact", "139-1234-5678");
    service
        .log(service.teammate, again)
        .then()
        .statusCode(201)
        .body("callerToken", equalTo(saved.path("callerToken")));

    // The contact in full is there for those who may read the call, and the reading is audited.
    String id = saved.path("id");
    service
        .teammate
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
    int before = service.callsVisibleTo(service.counsellor);

    Map<String, Object> backwards = service.aCall().endedAgo(Duration.ofMinutes(5)).body();
    backwards.put("endedAt", Instant.now().minus(Duration.ofHours(1)).toString());
    service
        .log(service.counsellor, backwards)
        .then()
        .statusCode(400)
        .body("detail", containsString("结束时间早于开始时间"));

    Map<String, Object> override = service.aCall().endedAgo(Duration.ofMinutes(5)).body();
    override.put("levelOverride", "HIGH");
    service
        .log(service.counsellor, override)
        .then()
        .statusCode(400)
        .body("detail", containsString("评估为“低”，调整为“高”"));

    Map<String, Object> pastFollowUp = service.aCall().endedAgo(Duration.ofMinutes(5)).body();
    pastFollowUp.put(
        "followUps",
        List.of(Map.of("task", "回访", "dueOn", "2020-01-01", "assigneeId", service.counsellorId)));
    service
        .log(service.counsellor, pastFollowUp)
        .then()
        .statusCode(400)
        .body("detail", containsString("随访日期不能早于今天"));

    Map<String, Object> earlyCrisis = service.aCall().endedAgo(Duration.ofMinutes(5)).body();
    earlyCrisis.put(
        "crisisActions",
        List.of(
            Map.of(
                "kind",
                "AMBULANCE_120",
                "at",
                Instant.now().minus(Duration.ofDays(1)).toString())));
    service
        .log(service.counsellor, earlyCrisis)
        .then()
        .statusCode(400)
        .body("detail", containsString("已呼叫120"));

    Map<String, Object> noCategory = service.aCall().endedAgo(Duration.ofMinutes(5)).body();
    noCategory.put("categories", List.of());
    service.log(service.counsellor, noCategory).then().statusCode(400);

    // Someone who is not a registered service.counsellor cannot log calls at all.
    service
        .log(
            Qunfang.activeUser("350923", "GRID_MEMBER"),
            service.aCall().endedAgo(Duration.ofMinutes(5)).body())
        .then()
        .statusCode(403)
        .body("detail", containsString("热线咨询员"));

    assertThat(service.callsVisibleTo(service.counsellor)).isEqualTo(before);

    // A justified override is accepted, and both levels are kept.
    override.put("overrideReason", "来电者提到独居、近期失业，保守评估");
    service
        .log(service.counsellor, override)
        .then()
        .statusCode(201)
        .body("assessedLevel", equalTo("LOW"))
        .body("level", equalTo("HIGH"));
  }

  @Test
  void onlyTheTeamAndSupervisorsReadACallAndRefusalsAreAudited() {
    String id =
        service
            .log(service.counsellor, service.aCall().endedAgo(Duration.ofMinutes(3)).body())
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    service
        .counsellor
        .api()
        .get("/calls/" + id)
        .then()
        .statusCode(200)
        .body("summary", containsString("失眠"));
    service.teammate.api().get("/calls/" + id).then().statusCode(200);
    service.supervisor.api().get("/calls/" + id).then().statusCode(200);
    service
        .otherTeam
        .api()
        .get("/calls/" + id)
        .then()
        .statusCode(403)
        .body("detail", containsString("此次查看已被记录"));
    service.otherTeam.api().get("/calls/" + id + "/contact").then().statusCode(403);
    Qunfang.Login reports = Qunfang.activeUser("350923", "REPORT_OFFICER");
    reports.api().get("/calls/" + id).then().statusCode(403);
    reports.api().get("/calls").then().statusCode(403);
    Qunfang.activeUser("350923", "DISTRICT_ADMIN").api().get("/calls/" + id).then().statusCode(403);

    assertThat(
            service
                .teammate
                .api()
                .get("/calls")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("id"))
        .contains(id);
    assertThat(
            service
                .otherTeam
                .api()
                .get("/calls")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("id"))
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
        .contains(service.otherTeam.username(), reports.username());
    assertThat(audit)
        .filteredOn(e -> "VIEW_FULL".equals(e.get("action")))
        .extracting(e -> e.get("actor"))
        .contains(
            service.counsellor.username(),
            service.teammate.username(),
            service.supervisor.username());
  }

  @Test
  void aHighRiskCallIsReviewedBySupervisorsOnlyAndOnce() {
    Map<String, Object> high = service.aCall().endedAgo(Duration.ofHours(30)).body();
    high.put("risk", ACall.risk(true, true, false));
    Response saved = service.log(service.counsellor, high);
    saved.then().statusCode(201).body("level", equalTo("HIGH"));
    String id = saved.path("id");
    int version = saved.path("version");

    // Ended 30 hours ago: its 24-hour review is overdue.
    assertThat(
            service
                .supervisor
                .api()
                .get("/calls/reviews/overdue")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("id"))
        .contains(id);
    service.counsellor.api().get("/calls/reviews/overdue").then().statusCode(403);

    Map<String, Object> review = Map.of("note", "已电话确认安全，转介门诊", "version", version);
    service
        .counsellor
        .api()
        .contentType(ContentType.JSON)
        .body(review)
        .put("/calls/" + id + "/review")
        .then()
        .statusCode(403)
        .body("detail", containsString("只有督导"));
    service
        .supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(review)
        .put("/calls/" + id + "/review")
        .then()
        .statusCode(200)
        .body("reviewedBy", equalTo(service.supervisor.username()));
    service
        .supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(review)
        .put("/calls/" + id + "/review")
        .then()
        .statusCode(409);
    assertThat(
            service
                .supervisor
                .api()
                .get("/calls/reviews/overdue")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("id"))
        .doesNotContain(id);

    String low =
        service
            .log(service.counsellor, service.aCall().endedAgo(Duration.ofMinutes(2)).body())
            .path("id");
    service
        .supervisor
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("note", "看过", "version", 1))
        .put("/calls/" + low + "/review")
        .then()
        .statusCode(400);
  }

  @Test
  void referralsAndFollowUpsAreRecordedAndEditsAreVersionChecked() {
    String id =
        service
            .log(service.counsellor, service.aCall().endedAgo(Duration.ofMinutes(4)).body())
            .path("id");
    Response referral =
        service
            .teammate
            .api()
            .contentType(ContentType.JSON)
            .body(Map.of("target", "COMMUNITY_DOCTOR"))
            .post("/calls/" + id + "/referrals");
    referral.then().statusCode(201);
    String referralId = referral.path("id");
    int referralVersion = referral.path("version");
    service
        .counsellor
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("accepted", true, "version", referralVersion))
        .put("/calls/referrals/" + referralId)
        .then()
        .statusCode(200)
        .body("accepted", equalTo(true));
    service
        .teammate
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("accepted", false, "version", referralVersion))
        .put("/calls/referrals/" + referralId)
        .then()
        .statusCode(409);
    service
        .otherTeam
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("accepted", false, "version", referralVersion + 1))
        .put("/calls/referrals/" + referralId)
        .then()
        .statusCode(403);

    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    Response followUp =
        service
            .counsellor
            .api()
            .contentType(ContentType.JSON)
            .body(Map.of("task", "三天后回访", "dueOn", today, "assigneeId", service.counsellorId))
            .post("/calls/" + id + "/follow-ups");
    followUp.then().statusCode(201).body("overdue", equalTo(false));
    String followUpId = followUp.path("id");
    assertThat(
            service
                .teammate
                .api()
                .get("/calls/follow-ups")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("id"))
        .contains(followUpId);
    assertThat(
            service
                .otherTeam
                .api()
                .get("/calls/follow-ups")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("id"))
        .doesNotContain(followUpId);
    service
        .counsellor
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "情绪平稳", "version", followUp.<Integer>path("version")))
        .put("/calls/follow-ups/" + followUpId)
        .then()
        .statusCode(200)
        .body("doneAt", not(equalTo(null)));
    service
        .counsellor
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "再次", "version", followUp.<Integer>path("version") + 1))
        .put("/calls/follow-ups/" + followUpId)
        .then()
        .statusCode(409);
  }
}
