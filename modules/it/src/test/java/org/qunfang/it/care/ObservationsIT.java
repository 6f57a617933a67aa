package org.qunfang.it.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.qunfang.it.care.Care.MONITORING;
import static org.qunfang.it.care.Care.TODAY;
import static org.qunfang.it.care.Care.reading;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Qunfang;

/**
 * Placing residents under observation: the register's tag, the checks laid out, the period moved
 * only with a reason, checks refused when misread or outside the period, an abnormal one alerting
 * the community, and nobody reaching what is not theirs.
 */
class ObservationsIT {

  static Care care;

  @BeforeAll
  static void setUp() {
    care = Care.of("350923202", "350923202203");
  }

  static List<String> tagsOf(String resident) {
    List<Map<String, Object>> residents =
        care.officer()
            .api()
            .get("/households/" + care.household())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("residents");
    return residents.stream()
        .filter(r -> r.get("id").equals(resident))
        .map(r -> (List<String>) r.get("tags"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aPlacementTagsTheResidentAndLaysOutTheChecksAndTestsOfItsType() {
    String resident = care.resident("林观察");

    Map<String, Object> placed =
        care.place(care.officer(), resident, MONITORING, TODAY)
            .then()
            .statusCode(201)
            .body("status", equalTo("OBSERVED"))
            .body("plannedEnd", equalTo(TODAY.plusDays(6).toString()))
            .body("typeName", equalTo("居家健康监测"))
            .body("divisionCode", equalTo(care.community()))
            .extract()
            .jsonPath()
            .getMap("");

    assertThat(tagsOf(resident)).contains("HOME_HEALTH_MONITORING");
    List<Map<String, Object>> checks =
        care.officer()
            .api()
            .get("/care/observations/" + placed.get("id") + "/checks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("");
    // six more days of two slots, and today's slots still open
    assertThat(checks.size()).isBetween(12, 14);
    assertThat(checks)
        .allMatch(
            c -> Instant.parse((String) c.get("closes")).isAfter(Instant.now().minusSeconds(60)));
    care.officer()
        .api()
        .get("/care/observations/" + placed.get("id") + "/tests")
        .then()
        .statusCode(200)
        .body("dayNumber", equalTo(List.of(1, 4, 7)));
  }

  @Test
  void aResidentAlreadyObservedIsAConflictNamingTheRunningObservation() {
    String resident = care.resident("郑重复");
    care.place(care.officer(), resident, MONITORING, TODAY).then().statusCode(201);

    care.place(care.officer(), resident, MONITORING, TODAY.plusDays(1))
        .then()
        .statusCode(409)
        .body("detail", containsString("郑重复 已在观察中：居家健康监测"));
  }

  @Test
  void aPeriodEndedBeforeTodayOrAnUnknownTypeIsRefused() {
    String resident = care.resident("陈过期");
    care.place(care.officer(), resident, MONITORING, TODAY.minusDays(7))
        .then()
        .statusCode(400)
        .body("detail", containsString("观察期已于"));
    care.place(care.officer(), resident, "019a0000-0000-7000-8000-0000000000ff", TODAY)
        .then()
        .statusCode(400)
        .body("detail", containsString("观察类型"));
  }

  @Test
  void theEndMovesOnlyWithAReasonAndEveryMoveIsKept() {
    Map<String, Object> o = care.observed("黄延期");
    String path = "/care/observations/" + o.get("id");
    long version = ((Number) o.get("version")).longValue();

    care.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("plannedEnd", TODAY.plusDays(3).toString(), "version", version))
        .put(path + "/planned-end")
        .then()
        .statusCode(400);
    care.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "plannedEnd",
                TODAY.plusDays(13).toString(),
                "reason",
                "第 7 天核酸结果未出，延长观察",
                "version",
                version))
        .put(path + "/planned-end")
        .then()
        .statusCode(200)
        .body("plannedEnd", equalTo(TODAY.plusDays(13).toString()));
    // a second worker on the copy they loaded before is told to reload
    care.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of("plannedEnd", TODAY.plusDays(4).toString(), "reason", "提前", "version", version))
        .put(path + "/planned-end")
        .then()
        .statusCode(409)
        .body("detail", containsString("请刷新"));

    care.officer()
        .api()
        .get(path + "/end-changes")
        .then()
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].to", equalTo(TODAY.plusDays(13).toString()))
        .body("[0].reason", equalTo("第 7 天核酸结果未出，延长观察"));
    List<Map<String, Object>> checks =
        care.officer().api().get(path + "/checks").then().extract().jsonPath().getList("");
    assertThat(checks).anyMatch(c -> c.get("day").equals(TODAY.plusDays(13).toString()));
  }

  @Test
  void aMisreadingOrADayOutsideThePeriodIsRefusedAndNothingIsWritten() {
    Map<String, Object> o = care.observed("吴误读");

    care.check(care.officer(), o.get("id"), reading("45.0", "SEEN"))
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("temperature"))
        .body("violations[0].message", containsString("34.0–43.0"));
    Map<String, Object> yesterday = reading("36.5", "SEEN");
    yesterday.put("at", Instant.now().minusSeconds(36 * 3600).toString());
    care.check(care.officer(), o.get("id"), yesterday)
        .then()
        .statusCode(400)
        .body("detail", containsString("不在观察期内"));
    care.check(care.officer(), o.get("id"), reading(null, "SEEN"))
        .then()
        .statusCode(400)
        .body("detail", containsString("体温"));

    List<Map<String, Object>> checks =
        care.officer()
            .api()
            .get("/care/observations/" + o.get("id") + "/checks")
            .then()
            .extract()
            .jsonPath()
            .getList("");
    assertThat(checks).allMatch(c -> c.get("at") == null);
  }

  @Test
  void anAbnormalCheckAlertsTheCommunityAndATransferEndsTheObservation() {
    String resident = care.resident("周发热");
    Map<String, Object> o =
        care.place(care.officer(), resident, MONITORING, TODAY)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getMap("");

    care.check(care.officer(), o.get("id"), reading("37.8", "SEEN", "DRY_COUGH"))
        .then()
        .statusCode(201)
        .body("status", equalTo("ABNORMAL"));

    List<Map<String, Object>> open =
        care.officer()
            .api()
            .get("/care/alerts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("");
    Map<String, Object> alert =
        open.stream()
            .filter(a -> a.get("observationId").equals(o.get("id")))
            .findFirst()
            .orElseThrow();
    assertThat(alert.get("kind")).isEqualTo("ABNORMAL");
    // not yet two hours old: the township does not see it
    List<String> townships =
        care.township().api().get("/care/alerts").then().statusCode(200).extract().path("id");
    assertThat(townships).doesNotContain((String) alert.get("id"));

    long version = ((Number) alert.get("version")).longValue();
    String respond = "/care/alerts/" + alert.get("id") + "/response";
    care.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("action", "TRANSFERRED", "note", "120 已接走", "version", version))
        .post(respond)
        .then()
        .statusCode(400)
        .body("detail", containsString("转运去向"));
    care.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "action", "TRANSFERRED",
                "transferredTo", "FEVER_CLINIC",
                "note", "120 送县医院发热门诊",
                "version", version))
        .post(respond)
        .then()
        .statusCode(200)
        .body("action", equalTo("TRANSFERRED"));
    care.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("action", "RECHECKED", "note", "再次处理", "version", version))
        .post(respond)
        .then()
        .statusCode(409);

    care.officer()
        .api()
        .get("/care/observations/" + o.get("id"))
        .then()
        .statusCode(200)
        .body("status", equalTo("TRANSFERRED"))
        .body("openAlerts", equalTo(0));
    assertThat(tagsOf(resident)).doesNotContain("HOME_HEALTH_MONITORING");
    // ended: the resident may be observed again, and nothing more is recorded on the old one
    care.check(care.officer(), o.get("id"), reading("36.5", "SEEN")).then().statusCode(409);
  }

  @Test
  void anotherCommunitysOfficerFindsNothing() {
    Map<String, Object> o = care.observed("孙隐私");
    Qunfang.Login stranger = Qunfang.activeUser("350923202204", "COMMUNITY_OFFICER");

    stranger.api().get("/care/observations/" + o.get("id")).then().statusCode(404);
    stranger.api().get("/care/observations/" + o.get("id") + "/checks").then().statusCode(404);
    care.check(stranger, o.get("id"), reading("36.5", "SEEN")).then().statusCode(404);
    List<String> theirs =
        stranger.api().get("/care/observations").then().statusCode(200).extract().path("id");
    assertThat(theirs).doesNotContain((String) o.get("id"));
  }
}
