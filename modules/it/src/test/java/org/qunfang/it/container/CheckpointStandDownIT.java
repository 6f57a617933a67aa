package org.qunfang.it.container;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.People;
import org.qunfang.it.system.Qunfang;

/**
 * A checkpoint stood down in grid stands its dispatch post down, on a copy of the EAR that
 * Arquillian deploys: grid's event crosses into dispatch, which cancels the shifts to come, frees
 * their places and tells the people who were on them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CheckpointStandDownIT {

  private static final String TOWNSHIP = "350923103";
  private static final String COMMUNITY = "350923103203";
  private static final LocalDate TOMORROW = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return QunfangDeployment.withTests(CheckpointStandDownIT.class);
  }

  @ArquillianResource URL deployed;

  private RequestSpecification as(Qunfang.Login who) {
    return given()
        .baseUri(deployed.toString().replaceAll("/$", "") + "/api/v1")
        .auth()
        .preemptive()
        .basic(who.username(), who.password())
        .contentType(ContentType.JSON);
  }

  @Test
  void standingACheckpointDownCancelsItsShiftsAndTellsThoseOnThem() {
    assertThat(deployed.getPath()).contains(QunfangDeployment.NAME);
    Qunfang.Login officer = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    Qunfang.Login dispatcher = Qunfang.activeUser(TOWNSHIP, "DISPATCHER");
    Qunfang.Login guard = Qunfang.activeUser(COMMUNITY, "DUTY_STAFF");
    String grid = Fixtures.smallGrid(officer, COMMUNITY);
    String name = "新桥村口" + System.nanoTime() % 100_000;
    Map<String, Object> gate =
        as(officer)
            .body(
                Map.of(
                    "gridId",
                    grid,
                    "name",
                    name,
                    "kind",
                    "VILLAGE_GATE",
                    "location",
                    "新桥村入口",
                    "roundTheClock",
                    true,
                    "closedManagement",
                    true))
            .post("/checkpoints")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getMap("$");
    String post =
        as(dispatcher)
            .body(
                Map.of(
                    "name",
                    name,
                    "kind",
                    "CHECKPOINT",
                    "checkpointId",
                    gate.get("id"),
                    "pattern",
                    "DAY_NIGHT",
                    "needs",
                    List.of(
                        Map.of("start", "06:00", "end", "22:00", "headcount", 2),
                        Map.of("start", "22:00", "end", "06:00", "headcount", 2))))
            .post("/dispatch/posts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(dispatcher)
        .body(Map.of("from", TOMORROW.toString(), "until", TOMORROW.plusDays(1).toString()))
        .post("/dispatch/posts/" + post + "/shifts")
        .then()
        .statusCode(200);
    Map<String, Object> person = new java.util.HashMap<>();
    person.put("name", "守卡人");
    person.put("idNumber", People.idNumber());
    person.put("mobile", People.phone());
    person.put("area", COMMUNITY);
    person.put("account", guard.username());
    person.put("volunteering", Map.of("consentedOn", "2026-11-01"));
    String guardId =
        as(dispatcher)
            .body(person)
            .post("/dispatch/people")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> firstShift = shifts(dispatcher, post).get(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> place = ((List<Map<String, Object>>) firstShift.get("slots")).get(0);
    as(dispatcher)
        .body(Map.of("personId", guardId, "version", place.get("version")))
        .put("/dispatch/roster/slots/" + place.get("id"))
        .then()
        .statusCode(200);
    assertThat(
            as(guard)
                .get("/me/dispatch/shifts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$"))
        .hasSize(1);

    as(officer)
        .body(
            Map.of(
                "location", "新桥村入口",
                "roundTheClock", true,
                "closedManagement", false,
                "active", false,
                "version", gate.get("version")))
        .put("/checkpoints/" + gate.get("id"))
        .then()
        .statusCode(200);

    as(dispatcher)
        .get("/dispatch/posts/" + post)
        .then()
        .statusCode(200)
        .body("active", org.hamcrest.Matchers.is(false));
    List<Map<String, Object>> after = shifts(dispatcher, post);
    assertThat(after).hasSize(4).allSatisfy(s -> assertThat(s.get("cancelled")).isEqualTo(true));
    assertThat(after.get(0).get("slots").toString()).doesNotContain(guardId);
    assertThat(
            as(guard)
                .get("/me/dispatch/shifts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$"))
        .isEmpty();
    List<String> told =
        as(guard)
            .get("/me/dispatch/notices")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("text");
    assertThat(told).singleElement().asString().contains(name, "已撤岗", "已取消");
  }

  private List<Map<String, Object>> shifts(Qunfang.Login dispatcher, String post) {
    return as(dispatcher)
        .queryParam("from", TOMORROW.toString())
        .queryParam("days", 2)
        .get("/dispatch/roster/coverage")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .<Map<String, Object>>getList("shifts")
        .stream()
        .filter(s -> post.equals(s.get("postId")))
        .sorted((a, b) -> ((String) a.get("startsAt")).compareTo((String) b.get("startsAt")))
        .toList();
  }
}
