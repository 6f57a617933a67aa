package org.qunfang.it.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.People;
import org.qunfang.it.system.Qunfang;

/** Temporary committees and branches: the three-full-members rule, history on leaving, scope. */
class OrganisationsIT {

  private static final String TOWNSHIP = "350923101";
  private static final String COMMUNITY = "350923101202";

  private final Dispatch dispatch = Dispatch.of(TOWNSHIP);

  private String partyMember(String name, String standing) {
    Map<String, Object> body =
        Dispatch.body(name, People.idNumber(), COMMUNITY, List.of(), List.of(), null);
    body.remove("volunteering");
    body.put(
        "party",
        Map.of("organisation", "屏南县双溪镇机关党支部", "standing", standing, "reportCommunity", COMMUNITY));
    return dispatch.register(body).then().statusCode(201).extract().path("id");
  }

  private Response setUp(Map<String, Object> organisation) {
    return dispatch
        .dispatcher()
        .api()
        .contentType(ContentType.JSON)
        .body(organisation)
        .post("/dispatch/organisations");
  }

  private static Map<String, Object> organisation(
      String kind,
      String name,
      String parent,
      String area,
      List<String> members,
      String secretary) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("name", name);
    body.put("parentId", parent);
    body.put("area", area);
    body.put("approvedBy", "中共屏南县委组织部");
    body.put("documentNumber", "屏组〔2026〕" + System.nanoTime() % 100 + "号");
    body.put("setUpOn", Dispatch.TOMORROW.minusDays(1).toString());
    body.put("memberIds", members);
    body.put("secretaryId", secretary);
    return body;
  }

  @Test
  void aBranchNeedsThreeFullMembersAndKeepsItsHistory() {
    String run = String.valueOf(System.nanoTime() % 100_000);
    String a = partyMember("甲" + run, "FULL");
    String b = partyMember("乙" + run, "FULL");
    String c = partyMember("丙" + run, "FULL");
    String d = partyMember("丁" + run, "PROBATIONARY");
    String volunteer = dispatch.volunteer("戊" + run, COMMUNITY, List.of());
    String committee =
        setUp(organisation("TEMPORARY_COMMITTEE", "双溪镇临时党委" + run, null, TOWNSHIP, List.of(a), a))
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    setUp(
            organisation(
                "TEMPORARY_BRANCH", "卡点临时党支部" + run, committee, COMMUNITY, List.of(a, b, d), a))
        .then()
        .statusCode(400)
        .body("detail", containsString("正式党员 3 名以上，现有 2 名"));
    setUp(
            organisation(
                "TEMPORARY_BRANCH",
                "卡点临时党支部" + run,
                committee,
                COMMUNITY,
                List.of(a, b, c, volunteer),
                a))
        .then()
        .statusCode(400)
        .body("detail", containsString("没有党员身份"));
    setUp(organisation("TEMPORARY_BRANCH", "卡点临时党支部" + run, null, COMMUNITY, List.of(a, b, c), a))
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("parentId"));
    setUp(
            organisation(
                "TEMPORARY_BRANCH", "卡点临时党支部" + run, committee, COMMUNITY, List.of(a, b, c, d), d))
        .then()
        .statusCode(400)
        .body("detail", containsString("书记须为正式党员"));

    Qunfang.Login officer = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    Map<String, Object> atGrid =
        organisation(
            "TEMPORARY_BRANCH", "卡点临时党支部" + run, committee, COMMUNITY, List.of(a, b, c, d), a);
    atGrid.put("placeKind", "GRID");
    atGrid.put("placeId", Fixtures.smallGrid(officer, COMMUNITY));
    Map<String, Object> branch =
        setUp(atGrid).then().statusCode(201).extract().jsonPath().getMap("$");
    assertThat((List<?>) branch.get("members")).hasSize(4);

    dispatch
        .dispatcher()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "secretaryId", a, "memberIds", List.of(a, b, d), "version", branch.get("version")))
        .put("/dispatch/organisations/" + branch.get("id") + "/members")
        .then()
        .statusCode(400)
        .body("detail", containsString("现有 2 名"));
    dispatch
        .dispatcher()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "secretaryId",
                a,
                "deputyId",
                b,
                "memberIds",
                List.of(a, b, c),
                "version",
                branch.get("version")))
        .put("/dispatch/organisations/" + branch.get("id") + "/members")
        .then()
        .statusCode(200)
        .body("members.find { it.personId == '" + d + "' }.leftOn", notNullValue())
        .body("deputyId", equalTo(b));

    Map<String, Object> committeeNow =
        dispatch
            .dispatcher()
            .api()
            .get("/dispatch/organisations/" + committee)
            .then()
            .extract()
            .jsonPath()
            .getMap("$");
    dispatch
        .dispatcher()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("on", Dispatch.TOMORROW.toString(), "version", committeeNow.get("version")))
        .post("/dispatch/organisations/" + committee + "/dissolution")
        .then()
        .statusCode(400)
        .body("detail", containsString("先撤销"));

    officer.api().get("/dispatch/organisations").then().statusCode(200);
    officer
        .api()
        .contentType(ContentType.JSON)
        .body(organisation("TEMPORARY_COMMITTEE", "越权" + run, null, TOWNSHIP, List.of(a), a))
        .post("/dispatch/organisations")
        .then()
        .statusCode(403);
    Dispatch.of("350923102")
        .dispatcher()
        .api()
        .get("/dispatch/organisations/" + committee)
        .then()
        .statusCode(404);
  }
}
