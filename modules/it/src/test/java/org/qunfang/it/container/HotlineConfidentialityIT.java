package org.qunfang.it.container;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qunfang.it.system.Qunfang;

/**
 * Confidentiality of hotline calls, on a copy of the EAR that Arquillian deploys: every role
 * reading a call, listing calls and exporting them, and every refusal in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HotlineConfidentialityIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return QunfangDeployment.withTests(HotlineConfidentialityIT.class);
  }

  @ArquillianResource URL deployed;

  private String call;
  private Qunfang.Login counsellor;
  private Qunfang.Login teammate;
  private Qunfang.Login otherTeam;
  private Qunfang.Login supervisor;

  private RequestSpecification as(Qunfang.Login who) {
    return given()
        .baseUri(deployed.toString().replaceAll("/$", "") + "/api/v1")
        .auth()
        .preemptive()
        .basic(who.username(), who.password());
  }

  private String created(Qunfang.Login who, String path, Map<String, ?> body) {
    return as(who)
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @BeforeEach
  void aCallOfTeamA() {
    // The requests below go to Arquillian's copy, not to the system tests' deployment.
    assertThat(deployed.getPath()).contains(QunfangDeployment.NAME);
    supervisor = Qunfang.activeUser("350923", "HOTLINE_SUPERVISOR");
    String run = UUID.randomUUID().toString().substring(0, 6);
    String line =
        created(
            supervisor,
            "/hotline/lines",
            Map.of(
                "name",
                "热线" + run,
                "number",
                "95" + Math.floorMod(run.hashCode(), 1_000_000),
                "roundTheClock",
                true));
    String teamA = created(supervisor, "/hotline/teams", Map.of("name", "甲队" + run));
    String teamB = created(supervisor, "/hotline/teams", Map.of("name", "乙队" + run));
    counsellor = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
    teammate = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
    otherTeam = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
    for (Object[] c : new Object[][] {{counsellor, teamA}, {teammate, teamA}, {otherTeam, teamB}}) {
      created(
          supervisor,
          "/hotline/counsellors",
          Map.of(
              "name",
              "咨询员",
              "qualification",
              "VOLUNTEER",
              "teamId",
              c[1],
              "account",
              ((Qunfang.Login) c[0]).username()));
    }
    Instant end = Instant.now().minusSeconds(30);
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("hotlineId", line);
    body.put("startedAt", end.minus(Duration.ofMinutes(9)).toString());
    body.put("endedAt", end.toString());
    body.put("channel", "PHONE");
    body.put("ageBand", "FROM_60");
    body.put("sex", "MALE");
    body.put("group", "ELDERLY");
    body.put("forSelf", false);
    body.put("categories", List.of("FAMILY"));
    body.put("summary", "独居老人，子女在外地");
    body.put(
        "risk",
        Map.of(
            "suicidalIdeation", false,
            "plan", false,
            "means", false,
            "pastAttempts", false,
            "selfHarm", false,
            "harmToOthers", false,
            "protectiveFactors", true));
    call = created(counsellor, "/calls", body);
  }

  /** Reading one call, listing calls, exporting records: what each role gets. */
  @Test
  void eachRoleReadsListsAndExportsWhatItMay() {
    String reason = "个案督导";
    record Expect(Qunfang.Login who, int read, int list, boolean listsIt, int export) {}
    List<Expect> matrix =
        List.of(
            new Expect(counsellor, 200, 200, true, 403),
            new Expect(teammate, 200, 200, true, 403),
            new Expect(otherTeam, 403, 200, false, 403),
            new Expect(supervisor, 200, 200, true, 200),
            new Expect(Qunfang.activeUser("350923", "REPORT_OFFICER"), 403, 403, false, 403),
            new Expect(Qunfang.activeUser("350923", "DISTRICT_ADMIN"), 403, 403, false, 403),
            new Expect(Qunfang.activeUser("350923", "AUDITOR"), 403, 403, false, 403),
            new Expect(Qunfang.activeUser("350923", "GRID_MEMBER"), 403, 403, false, 403),
            new Expect(Qunfang.activeUser("350923", "CARE_WORKER"), 403, 403, false, 403));
    for (Expect e : matrix) {
      String role = e.who().username();
      as(e.who()).get("/calls/" + call).then().statusCode(e.read());
      var list = as(e.who()).get("/calls").then().statusCode(e.list());
      if (e.list() == 200) {
        assertThat(list.extract().<List<String>>path("id"))
            .as(role)
            .matches(ids -> ids.contains(call) == e.listsIt());
      }
      as(e.who())
          .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .queryParam("reason", reason)
          .get("/calls/export")
          .then()
          .statusCode(e.export());
    }

    List<Map<String, Object>> audit =
        given()
            .baseUri(deployed.toString().replaceAll("/$", "") + "/api/v1")
            .auth()
            .preemptive()
            .basic(Qunfang.admin().username(), Qunfang.admin().password())
            .queryParam("entityType", "HotlineCall")
            .queryParam("limit", 500)
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    for (Expect e : matrix) {
      boolean refusedSomething = e.read() == 403 || e.list() == 403 || e.export() == 403;
      if (refusedSomething) {
        assertThat(audit)
            .as("refusals of " + e.who().username() + " are audited")
            .anyMatch(
                a ->
                    "ACCESS_DENIED".equals(a.get("action"))
                        && e.who().username().equals(a.get("actor")));
      }
      if (e.read() == 200) {
        assertThat(audit)
            .as("reads of " + e.who().username() + " are audited")
            .anyMatch(
                a ->
                    "VIEW_FULL".equals(a.get("action"))
                        && e.who().username().equals(a.get("actor"))
                        && call.equals(a.get("entityId")));
      }
    }
    assertThat(audit)
        .anyMatch(
            a -> "EXPORT".equals(a.get("action")) && supervisor.username().equals(a.get("actor")));
  }
}
