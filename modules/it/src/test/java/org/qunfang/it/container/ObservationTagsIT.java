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
 * Care's events reach grid on a copy of the EAR that Arquillian deploys: placing a resident under
 * observation tags them 居家健康监测 in the register, and each way an observation ends — a transfer
 * through an alert, a release — takes the tag off again, leaving the resident's other tags alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObservationTagsIT {

  private static final String TOWNSHIP = "350923203";
  private static final String COMMUNITY = "350923203202";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  private static final String MONITORING = "019a0000-0000-7000-8000-000000000002";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return QunfangDeployment.withTests(ObservationTagsIT.class);
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
  void aPlacementTagsTheResidentAndEachEndTakesTheTagOff() {
    assertThat(deployed.getPath()).contains(QunfangDeployment.NAME);
    Qunfang.Login officer = Qunfang.activeUser(COMMUNITY, "COMMUNITY_OFFICER");
    Qunfang.Login township = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    String household =
        Fixtures.household(township, Fixtures.smallGrid(township, COMMUNITY), "熙岭路 3 号");
    String transferred = resident(officer, household, "欧转运", List.of("ELDERLY_ALONE"));
    String released = resident(officer, household, "欧解除", List.of());

    String first = place(officer, transferred, MONITORING);
    assertThat(tags(officer, household, transferred))
        .containsExactlyInAnyOrder("ELDERLY_ALONE", "HOME_HEALTH_MONITORING");
    as(officer)
        .body(
            Map.of(
                "temperature",
                38.4,
                "symptoms",
                List.of("FEVER"),
                "measuredBy",
                "TEAM",
                "status",
                "SEEN"))
        .post("/care/observations/" + first + "/checks")
        .then()
        .statusCode(201);
    Map<String, Object> alert =
        as(officer)
            .get("/care/observations/" + first + "/alerts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("[0]");
    as(officer)
        .body(
            Map.of(
                "action", "TRANSFERRED",
                "transferredTo", "FEVER_CLINIC",
                "note", "120 转发热门诊",
                "version", alert.get("version")))
        .post("/care/alerts/" + alert.get("id") + "/response")
        .then()
        .statusCode(200);
    assertThat(tags(officer, household, transferred)).containsExactly("ELDERLY_ALONE");

    String oneDay =
        as(Qunfang.admin())
            .body(
                Map.of(
                    "name",
                    "一日" + System.nanoTime() % 1_000_000,
                    "nameEn",
                    "One day",
                    "periodDays",
                    1,
                    "testDays",
                    List.of(),
                    "windows",
                    List.of(Map.of("slot", "MORNING", "opens", "00:00", "closes", "23:59")),
                    "feverThreshold",
                    37.3,
                    "symptoms",
                    List.of("FEVER")))
            .post("/care/types")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String second = place(officer, released, oneDay);
    assertThat(tags(officer, household, released)).containsExactly("HOME_HEALTH_MONITORING");
    long version =
        as(officer)
            .get("/care/observations/" + second)
            .then()
            .extract()
            .<Number>path("version")
            .longValue();
    as(officer)
        .post("/care/observations/" + second + "/release?version=" + version)
        .then()
        .statusCode(200);
    assertThat(tags(officer, household, released)).isEmpty();
  }

  private String resident(Qunfang.Login who, String household, String name, List<String> tags) {
    return as(who)
        .body(
            Map.of(
                "name",
                name,
                "idNumber",
                People.idNumber(),
                "phone",
                People.phone(),
                "relation",
                "HEAD",
                "residenceType",
                "REGISTERED",
                "tags",
                tags))
        .post("/households/" + household + "/residents")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private String place(Qunfang.Login who, String resident, String type) {
    return as(who)
        .body(
            Map.of(
                "residentId",
                resident,
                "typeId",
                type,
                "reason",
                "CLOSE_CONTACT",
                "start",
                TODAY.toString()))
        .post("/care/observations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private List<String> tags(Qunfang.Login who, String household, String resident) {
    List<Map<String, Object>> residents =
        as(who)
            .get("/households/" + household)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("residents");
    @SuppressWarnings("unchecked")
    List<String> tags =
        residents.stream()
            .filter(r -> r.get("id").equals(resident))
            .map(r -> (List<String>) r.get("tags"))
            .findFirst()
            .orElseThrow();
    return tags;
  }
}
