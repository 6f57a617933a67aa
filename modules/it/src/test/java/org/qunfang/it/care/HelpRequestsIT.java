package org.qunfang.it.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Qunfang;

/**
 * Help requests from asking to fulfilment: handed only to someone of a logistics team in the
 * township, done once with money repaid never above money advanced, and counted as families and
 * times in the figures and the 后勤保障服务情况统计表.
 */
class HelpRequestsIT {

  static Care care;
  static String helper;
  static String notAHelper;

  @BeforeAll
  static void setUp() {
    care = Care.of("350923202", "350923202209");
    helper = care.member("韦跑腿", List.of("LOGISTICS"), null);
    notAHelper = care.member("邹医生", List.of("MEDICAL"), null);
  }

  static Map<String, Object> ask(Object observation, String kind) {
    return care.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "observationId", observation,
                "kind", kind,
                "details", "代购大米 10 斤、青菜",
                "urgency", "TODAY",
                "askedBy", "PHONE"))
        .post("/care/help")
        .then()
        .statusCode(201)
        .body("status", equalTo("OPEN"))
        .body("overdue", equalTo(false))
        .extract()
        .jsonPath()
        .getMap("");
  }

  static Response post(Map<String, Object> request, String what, Map<String, Object> body) {
    return care.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/care/help/" + request.get("id") + "/" + what);
  }

  static Map<String, Object> reloaded(Map<String, Object> request) {
    List<Map<String, Object>> all =
        care.officer()
            .api()
            .get("/care/help")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("");
    return all.stream()
        .filter(h -> h.get("id").equals(request.get("id")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aRequestIsTakenByALogisticsHelperDoneOnceAndCounted() {
    Map<String, Object> o = care.observed("韩买菜");
    Map<String, Object> request = ask(o.get("id"), "GROCERIES");
    Map<String, Object> second = ask(o.get("id"), "MEDICINE");

    assertThat(
            care.officer()
                .api()
                .get("/care/help/" + request.get("id") + "/helpers")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("personId"))
        .contains(helper)
        .doesNotContain(notAHelper);
    post(request, "taking", Map.of("personId", notAHelper, "version", request.get("version")))
        .then()
        .statusCode(400)
        .body("detail", containsString("未登记为后勤保障人员"));
    post(request, "done", Map.of("note", "已送达", "version", request.get("version")))
        .then()
        .statusCode(409)
        .body("detail", containsString("尚未指派"));
    post(request, "taking", Map.of("personId", helper, "version", request.get("version")))
        .then()
        .statusCode(200)
        .body("status", equalTo("TAKEN"))
        .body("takerName", equalTo("韦跑腿"));

    long version = ((Number) reloaded(request).get("version")).longValue();
    post(request, "done", Map.of("note", "已送达", "advanced", 56.5, "repaid", 60, "version", version))
        .then()
        .statusCode(400)
        .body("detail", containsString("归还金额不能超过垫付金额"));
    post(
            request,
            "done",
            Map.of("note", "已送达门口", "advanced", 56.5, "repaid", 56.5, "version", version))
        .then()
        .statusCode(200)
        .body("status", equalTo("DONE"));
    post(request, "cancellation", Map.of("reason", "重复", "version", version + 1))
        .then()
        .statusCode(409)
        .body("detail", containsString("已办结"));

    Map<String, Object> again = reloaded(second);
    post(second, "taking", Map.of("personId", helper, "version", again.get("version")))
        .then()
        .statusCode(200);
    post(
            second,
            "done",
            Map.of(
                "note", "药已送到", "version", ((Number) reloaded(second).get("version")).longValue()))
        .then()
        .statusCode(200);

    Map<String, Object> total =
        care.officer()
            .api()
            .get("/care/help/figures")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("total");
    assertThat(((Number) total.get("times")).longValue()).isGreaterThanOrEqualTo(2);
    assertThat(((Number) total.get("families")).longValue())
        .isLessThan(((Number) total.get("times")).longValue());
  }

  @Test
  void aHelperWithAnAccountSeesWhatTheyTookAndSaysWhenItIsDone() {
    Qunfang.Login runner = Qunfang.activeUser(care.community(), "CARE_WORKER");
    String runnerId = care.member("欧阳送", List.of("LOGISTICS"), runner.username());
    Qunfang.Login otherWorker = Qunfang.activeUser(care.community(), "CARE_WORKER");
    Map<String, Object> request = ask(care.observed("覃取药").get("id"), "MEDICINE");
    post(request, "taking", Map.of("personId", runnerId, "version", request.get("version")))
        .then()
        .statusCode(200);

    List<Map<String, Object>> mine =
        runner.api().get("/care/help/mine").then().statusCode(200).extract().jsonPath().getList("");
    assertThat(mine).extracting(h -> h.get("id")).containsExactly(request.get("id"));
    assertThat(
            otherWorker
                .api()
                .get("/care/help/mine")
                .then()
                .statusCode(200)
                .extract()
                .<List<?>>path(""))
        .isEmpty();
    // a care worker reads no area's list and closes nobody else's request
    runner.api().get("/care/help").then().statusCode(403);
    long version = ((Number) mine.get(0).get("version")).longValue();
    otherWorker
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("note", "代办", "version", version))
        .post("/care/help/" + request.get("id") + "/done")
        .then()
        .statusCode(404);
    runner
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("note", "药已送到门口", "version", version))
        .post("/care/help/" + request.get("id") + "/done")
        .then()
        .statusCode(200)
        .body("status", equalTo("DONE"));
    runner
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "重复", "version", version + 1))
        .post("/care/help/" + request.get("id") + "/cancellation")
        .then()
        .statusCode(403);
  }

  @Test
  void aCancelledRequestNeedsItsReasonAndStaysCancelled() {
    Map<String, Object> o = care.observed("陆取消");
    Map<String, Object> request = ask(o.get("id"), "WASTE");

    post(request, "cancellation", Map.of("reason", " ", "version", request.get("version")))
        .then()
        .statusCode(400);
    post(request, "cancellation", Map.of("reason", "家属已代办", "version", request.get("version")))
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("cancelReason", equalTo("家属已代办"));
    post(request, "taking", Map.of("personId", helper, "version", request.get("version")))
        .then()
        .statusCode(409);
  }

  @Test
  void aRequestNamesOneHouseholdAndStrangersFindNothing() {
    Map<String, Object> o = care.observed("戴两家");
    care.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "observationId", o.get("id"),
                "householdId", care.household(),
                "kind", "OTHER",
                "details", "两者都填",
                "urgency", "ROUTINE",
                "askedBy", "VISIT"))
        .post("/care/help")
        .then()
        .statusCode(400)
        .body("detail", containsString("二者选一"));
    Map<String, Object> request = ask(o.get("id"), "PRINTING");
    care.dispatch()
        .dispatcher()
        .api()
        .get("/care/help/" + request.get("id") + "/helpers")
        .then()
        .statusCode(403);
    org.qunfang.it.system.Qunfang.activeUser("350923202204", "COMMUNITY_OFFICER")
        .api()
        .get("/care/help/" + request.get("id") + "/helpers")
        .then()
        .statusCode(404);
  }

  @Test
  void theMonthlyStatementCountsFamiliesAndTimes() {
    Map<String, Object> o = care.observed("尹复印");
    Map<String, Object> request = ask(o.get("id"), "PRINTING");
    post(request, "taking", Map.of("personId", helper, "version", request.get("version")))
        .then()
        .statusCode(200);
    post(
            request,
            "done",
            Map.of(
                "note",
                "学习资料 12 页",
                "version",
                ((Number) reloaded(request).get("version")).longValue()))
        .then()
        .statusCode(200);
    Map<String, Object> total =
        care.officer().api().get("/care/help/figures").then().extract().jsonPath().getMap("total");

    YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    String id =
        care.officer()
            .api()
            .contentType(ContentType.JSON)
            .body(Map.of("kind", "care-help", "area", care.community(), "month", month.toString()))
            .post("/reports/issued")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String text =
        Care.text(
                care.officer()
                    .api()
                    .get("/reports/issued/" + id + "/pdf")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray())
            .replace("\n", "");
    assertThat(text)
        .contains("后勤保障服务情况统计表")
        .contains("共帮助" + total.get("families") + "户家庭" + total.get("times") + "次")
        .contains("复印学习资料")
        .contains("合计");
  }
}
