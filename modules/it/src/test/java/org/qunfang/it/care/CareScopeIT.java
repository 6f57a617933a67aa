package org.qunfang.it.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.qunfang.it.care.Care.reading;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qunfang.it.system.Qunfang;

/**
 * Who reaches someone under observation, endpoint by endpoint (PIPL art. 28: health information for
 * the person's team, the officers of their area and nobody else). An officer of another area or a
 * care worker of another team is told the person is not there (404), so a stranger learns nothing
 * of who is observed; roles with no part in care are refused (403). Every full view lands in the
 * audit trail of the person's community, which an auditor of the next community does not read.
 */
class CareScopeIT {

  static final String COMMUNITY = "350923202211";
  static final String NEXT_COMMUNITY = "350923202212";

  static Care care;
  static Object observation;
  static Qunfang.Login doctor;

  @BeforeAll
  static void setUp() {
    care = Care.of("350923202", COMMUNITY);
    observation = care.observed("范围测").get("id");
    doctor = Qunfang.activeUser(COMMUNITY, "CARE_WORKER");
    String doctorId = care.member("倪医生", List.of("MEDICAL"), doctor.username());
    long version = ((Number) care.observation(observation).get("version")).longValue();
    care.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("role", "MEDICAL", "personId", doctorId, "version", version))
        .post("/care/observations/" + observation + "/team")
        .then()
        .statusCode(200);
  }

  /**
   * Who, then what they get for reading the person, their checks, tests, alerts and team history,
   * and for recording a check.
   */
  static Stream<Arguments> matrix() {
    return Stream.of(
        Arguments.of("community officer", care.officer(), 200, 201),
        Arguments.of("township officer", care.township(), 200, 201),
        Arguments.of("doctor of the team", doctor, 200, 201),
        Arguments.of(
            "officer of the next community",
            Qunfang.activeUser(NEXT_COMMUNITY, "COMMUNITY_OFFICER"),
            404,
            404),
        Arguments.of(
            "officer of another township",
            Qunfang.activeUser("350923203", "TOWNSHIP_OFFICER"),
            404,
            404),
        Arguments.of(
            "care worker of no team of theirs",
            Qunfang.activeUser(COMMUNITY, "CARE_WORKER"),
            404,
            404),
        Arguments.of("grid member", Qunfang.activeUser(COMMUNITY, "GRID_MEMBER"), 403, 403),
        Arguments.of(
            "hotline counsellor", Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR"), 403, 403),
        Arguments.of("report officer", Qunfang.activeUser("350923", "REPORT_OFFICER"), 403, 403),
        Arguments.of("auditor", Qunfang.activeUser(COMMUNITY, "AUDITOR"), 403, 403));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  void eachReachesWhatTheirRoleAndAreaAllow(
      String who, Qunfang.Login login, int reads, int record) {
    String base = "/care/observations/" + observation;
    for (String path :
        List.of(
            base, base + "/checks", base + "/tests", base + "/alerts", base + "/team/history")) {
      login.api().get(path).then().statusCode(reads);
    }
    care.check(login, observation, reading("36.5", "SEEN")).then().statusCode(record);
  }

  @Test
  void listsHoldOnlyWhatTheirReaderReaches() {
    List<String> own = care.officer().api().get("/care/observations").then().extract().path("id");
    assertThat(own).contains((String) observation);
    List<String> next =
        Qunfang.activeUser(NEXT_COMMUNITY, "COMMUNITY_OFFICER")
            .api()
            .get("/care/observations")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    assertThat(next).doesNotContain((String) observation);
    // asking for an area outside one's own is refused, not answered empty
    Qunfang.activeUser(NEXT_COMMUNITY, "COMMUNITY_OFFICER")
        .api()
        .queryParam("area", COMMUNITY)
        .get("/care/observations")
        .then()
        .statusCode(403);
    List<String> mine = doctor.api().get("/care/mine").then().statusCode(200).extract().path("id");
    assertThat(mine).contains((String) observation);
  }

  @Test
  void aFullViewIsAuditedWhereThePersonLives() {
    doctor.api().get("/care/observations/" + observation + "/checks").then().statusCode(200);
    Qunfang.activeUser(COMMUNITY, "AUDITOR")
        .api()
        .queryParam("entityType", "Observation")
        .queryParam("entityId", observation)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("action", hasItem("VIEW_FULL"))
        .body("actor", hasItem(doctor.username()));
    Qunfang.activeUser(NEXT_COMMUNITY, "AUDITOR")
        .api()
        .queryParam("entityType", "Observation")
        .queryParam("entityId", observation)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("action", not(hasItem("VIEW_FULL")));
  }
}
