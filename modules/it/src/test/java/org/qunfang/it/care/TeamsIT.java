package org.qunfang.it.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.qunfang.it.care.Care.reading;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.dispatch.Dispatch;
import org.qunfang.it.system.Qunfang;

/**
 * 1+1+1 teams from the dispatch registry: suggested by community and load, refused outside the
 * township or without the place's skill, changed with history; a care worker on the team reaches
 * their people and records their checks, one who is not reaches nothing.
 */
class TeamsIT {

  static Care care;
  static Qunfang.Login doctor;
  static String doctorId;
  static String cadreId;
  static String communityWorkerId;

  @BeforeAll
  static void setUp() {
    care = Care.of("350923202", "350923202205");
    doctor = Qunfang.activeUser(care.community(), "CARE_WORKER");
    doctorId = care.member("许医生", List.of("MEDICAL"), doctor.username());
    cadreId = care.dispatch().person("钟干部", "350923202", List.of(), List.of(), null);
    communityWorkerId = care.member("彭社工", List.of("COMMUNITY"), null);
  }

  static Response assign(Object observation, String role, String person, long version) {
    return care.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("role", role, "personId", person, "version", version))
        .post("/care/observations/" + observation + "/team");
  }

  static long version(Object observation) {
    return care.officer()
        .api()
        .get("/care/observations/" + observation)
        .then()
        .statusCode(200)
        .extract()
        .<Number>path("version")
        .longValue();
  }

  @Test
  void theTeamIsSuggestedFromTheTownshipsRegistryOwnCommunityFirst() {
    Map<String, Object> o = care.observed("蓝建议");

    List<Map<String, Object>> suggestions =
        care.officer()
            .api()
            .get("/care/observations/" + o.get("id") + "/team/suggestions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("");
    assertThat(suggestions)
        .extracting(s -> s.get("role"))
        .containsExactly("TOWNSHIP", "MEDICAL", "COMMUNITY");
    List<Map<String, Object>> medical =
        (List<Map<String, Object>>) suggestions.get(1).get("candidates");
    assertThat(medical)
        .extracting(c -> c.get("personId"))
        .contains(doctorId)
        .doesNotContain(communityWorkerId);
    List<Map<String, Object>> township =
        (List<Map<String, Object>>) suggestions.get(0).get("candidates");
    assertThat(township).extracting(c -> c.get("personId")).contains(cadreId);
  }

  @Test
  void aPlaceNeedsItsSkillAndSomeoneOfTheTownship() {
    Map<String, Object> o = care.observed("雷技能");
    String elsewhere =
        Dispatch.of("350923203").volunteer("外乡医生", "350923203201", List.of("MEDICAL"));

    assign(o.get("id"), "MEDICAL", communityWorkerId, version(o.get("id")))
        .then()
        .statusCode(400)
        .body("detail", containsString("未登记为医务人员"));
    assign(o.get("id"), "MEDICAL", elsewhere, version(o.get("id")))
        .then()
        .statusCode(400)
        .body("detail", containsString("不在被观察人员所在镇街服务"));
  }

  @Test
  void aChangedTeamKeepsItsHistoryAndAStaleCopyIsRefused() {
    Map<String, Object> o = care.observed("温换人");
    long seen = version(o.get("id"));
    String otherDoctor = care.member("叶医生", List.of("MEDICAL"), null);

    assign(o.get("id"), "MEDICAL", otherDoctor, seen).then().statusCode(200);
    assign(o.get("id"), "MEDICAL", doctorId, seen).then().statusCode(409);
    assign(o.get("id"), "MEDICAL", doctorId, version(o.get("id")))
        .then()
        .statusCode(200)
        .body("find { it.role == 'MEDICAL' }.name", equalTo("许医生"));

    List<Map<String, Object>> history =
        care.officer()
            .api()
            .get("/care/observations/" + o.get("id") + "/team/history")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("");
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("name")).isEqualTo("叶医生");
    assertThat(history.get(0).get("until")).isNotNull();
    assertThat(history.get(1).get("until")).isNull();
  }

  @Test
  void aCareWorkerReachesTheirOwnPeopleAndNobodyElse() {
    Map<String, Object> mine = care.observed("曾本组");
    Map<String, Object> notMine = care.observed("廖他组");
    assign(mine.get("id"), "MEDICAL", doctorId, version(mine.get("id"))).then().statusCode(200);

    List<String> people =
        doctor.api().get("/care/mine").then().statusCode(200).extract().path("id");
    assertThat(people).contains((String) mine.get("id")).doesNotContain((String) notMine.get("id"));
    care.check(doctor, mine.get("id"), reading("36.6", "SEEN"))
        .then()
        .statusCode(201)
        .body("recordedBy", equalTo(doctor.username()));
    doctor.api().get("/care/observations/" + notMine.get("id")).then().statusCode(404);
    care.check(doctor, notMine.get("id"), reading("36.6", "SEEN")).then().statusCode(404);
    // a care worker places nobody and moves no period
    care.place(doctor, care.resident("江越权"), Care.MONITORING, Care.TODAY).then().statusCode(403);
  }
}
