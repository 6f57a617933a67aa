package org.qunfang.it.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.People;
import org.qunfang.it.system.Qunfang;

/** One registry: each person once, masked in lists, shown in full only with an audit record. */
class RegistryIT {

  private static final String TOWNSHIP = "350923103";
  private static final String COMMUNITY = "350923103202";

  private static Dispatch dispatch;

  @BeforeAll
  static void dispatcher() {
    dispatch = Dispatch.of(TOWNSHIP);
  }

  @Test
  void aPersonIsEnteredOnceAndTheSecondEntrySaysWhere() {
    String idNumber = People.idNumber();
    dispatch
        .register(Dispatch.body("王党员", idNumber, COMMUNITY, List.of("MEDICAL"), List.of(), null))
        .then()
        .statusCode(201)
        .body("idNumber", not(equalTo(idNumber)))
        .body("idNumber", containsString("********"))
        .body("mobile", containsString("****"));
    dispatch
        .register(Dispatch.body("王党员", idNumber, COMMUNITY, List.of(), List.of(), null))
        .then()
        .statusCode(409)
        .body("detail", containsString("王党员"))
        .body("violations[0].field", equalTo("idNumber"));
    Dispatch.of("350923104")
        .register(
            Dispatch.body(
                "王党员", idNumber.toLowerCase(), "350923104201", List.of(), List.of(), null))
        .then()
        .statusCode(409)
        .body("detail", containsString("已在其他区域登记"))
        .body("detail", not(containsString("王党员")));
  }

  @Test
  void badEntriesAreRefusedFieldByFieldAndNothingIsWritten() {
    String idNumber = People.idNumber();
    char wrongCheck = idNumber.charAt(17) == '0' ? '1' : '0';
    Map<String, Object> body =
        Dispatch.body(
            "赵", idNumber.substring(0, 17) + wrongCheck, COMMUNITY, List.of(), List.of(), null);
    dispatch.register(body).then().statusCode(400).body("violations[0].field", equalTo("idNumber"));
    Map<String, Object> noKind =
        Dispatch.body("赵", idNumber, COMMUNITY, List.of(), List.of(), null);
    noKind.remove("volunteering");
    dispatch.register(noKind).then().statusCode(400).body("detail", containsString("党员、下沉干部或志愿者"));
    dispatch
        .register(Dispatch.body("赵", idNumber, "350923103999", List.of(), List.of(), null))
        .then()
        .statusCode(400)
        .body("detail", containsString("350923103999"));
    dispatch
        .register(Dispatch.body("赵", idNumber, "350923104201", List.of(), List.of(), null))
        .then()
        .statusCode(403);
    Map<String, Object> badSkill =
        Dispatch.body("赵", idNumber, COMMUNITY, List.of("JUGGLING"), List.of(), null);
    dispatch.register(badSkill).then().statusCode(400).body("detail", not(containsString("java")));
    // none of the refusals above wrote anything: the ID number is still free
    dispatch
        .register(Dispatch.body("赵", idNumber, COMMUNITY, List.of(), List.of(), null))
        .then()
        .statusCode(201);
  }

  @Test
  void theFullIdNumberIsForDispatchersAndLeavesATrace() {
    String idNumber = People.idNumber();
    String id =
        dispatch
            .register(Dispatch.body("钱", idNumber, COMMUNITY, List.of(), List.of(), null))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    dispatch
        .dispatcher()
        .api()
        .get("/dispatch/people/" + id + "/personal")
        .then()
        .statusCode(200)
        .body("idNumber", equalTo(idNumber));
    Qunfang.Login officer = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    officer.api().get("/dispatch/people/" + id).then().statusCode(200);
    officer.api().get("/dispatch/people/" + id + "/personal").then().statusCode(403);
    Qunfang.Login auditor = Qunfang.activeUser("350923", "AUDITOR");
    List<Map<String, Object>> trail =
        auditor
            .api()
            .queryParam("entityId", id)
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(trail).extracting(e -> e.get("action")).contains("CREATE", "VIEW_FULL");
  }

  /** Who may read and who may write the registry, posts and roster of the township. */
  @Test
  void eachRoleReachesWhatItMay() {
    record Expect(String role, String area, int read, int write) {}
    List<Expect> matrix =
        List.of(
            new Expect("DISPATCHER", TOWNSHIP, 200, 201),
            new Expect("DISPATCHER", "350923104", 403, 403),
            new Expect("DISTRICT_ADMIN", "350923", 200, 201),
            new Expect("TOWNSHIP_OFFICER", TOWNSHIP, 200, 403),
            new Expect("COMMUNITY_OFFICER", COMMUNITY, 200, 403),
            new Expect("REPORT_OFFICER", TOWNSHIP, 200, 403),
            new Expect("GRID_MEMBER", TOWNSHIP, 403, 403),
            new Expect("SHIFT_LEADER", TOWNSHIP, 403, 403),
            new Expect("DUTY_STAFF", TOWNSHIP, 403, 403),
            new Expect("HOTLINE_COUNSELLOR", "350923", 403, 403),
            new Expect("AUDITOR", "350923", 403, 403));
    for (Expect expect : matrix) {
      Qunfang.Login who = Qunfang.activeUser(expect.area(), expect.role());
      String as = expect.role() + "@" + expect.area();
      assertThat(who.api().queryParam("area", COMMUNITY).get("/dispatch/people").statusCode())
          .as(as + " reads people")
          .isEqualTo(expect.read());
      assertThat(
              who.api()
                  .queryParam("area", COMMUNITY)
                  .queryParam("from", Dispatch.TOMORROW.toString())
                  .get("/dispatch/roster/coverage")
                  .statusCode())
          .as(as + " reads the roster")
          .isEqualTo(expect.read());
      assertThat(
              who.api()
                  .contentType(io.restassured.http.ContentType.JSON)
                  .body(
                      Dispatch.body("孙", People.idNumber(), COMMUNITY, List.of(), List.of(), null))
                  .post("/dispatch/people")
                  .statusCode())
          .as(as + " registers")
          .isEqualTo(expect.write());
    }
  }
}
