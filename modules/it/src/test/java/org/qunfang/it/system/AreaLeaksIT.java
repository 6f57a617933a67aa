package org.qunfang.it.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.qunfang.it.grid.AResident.aResident;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qunfang.it.hotline.ACall;
import org.qunfang.it.hotline.HotlineService;

/**
 * Nothing crosses an area: someone registered elsewhere is named only as such, a number is found
 * only in its own list, and logging calls needs the counsellor role.
 */
class AreaLeaksIT {

  private static final String TOWNSHIP = "350923102";
  private static final String OTHER_TOWNSHIP = "350923103";
  private static final String COMMUNITY = "350923102201";

  @Test
  void someoneRegisteredElsewhereIsNamedOnlyAsRegisteredElsewhere() {
    Qunfang.Login here = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    String household = Fixtures.household(here, Fixtures.smallGrid(here, COMMUNITY), "代溪村外区路3号");
    String idNumber = People.idNumber();
    String resident = aResident().named("外区甲").withIdNumber(idNumber).in(household).by(here);
    Qunfang.Login there = Qunfang.activeUser(OTHER_TOWNSHIP, "TOWNSHIP_OFFICER");
    String theirGrid = Fixtures.smallGrid(there, "350923103201");
    String theirHousehold = Fixtures.household(there, theirGrid, "长桥村1号");
    String refusal =
        there
            .api()
            .contentType(ContentType.JSON)
            .body(aResident().named("外区甲").withIdNumber(idNumber).body())
            .post("/households/" + theirHousehold + "/residents")
            .then()
            .statusCode(409)
            .extract()
            .path("detail");
    assertThat(refusal)
        .contains("其他辖区")
        .contains("代溪镇")
        .doesNotContain("外")
        .doesNotContain("3509231022");
    String arrival =
        there
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "gridId",
                    theirGrid,
                    "name",
                    "外区甲",
                    "idNumber",
                    idNumber,
                    "phone",
                    People.phone(),
                    "origin",
                    "代溪镇",
                    "arrivalDate",
                    today().toString(),
                    "address",
                    "长桥村1号"))
            .post("/arrivals")
            .then()
            .statusCode(201)
            .extract()
            .asString();
    assertThat(arrival).doesNotContain(resident);
  }

  @Test
  void aNumberIsFoundOnlyInItsOwnList() {
    Qunfang.Login officer = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    String first = phoneList(officer, "13800000001");
    String second = phoneList(officer, "13800000002");
    Map<String, Object> number =
        officer
            .api()
            .get("/phone-lists/" + second + "/numbers")
            .then()
            .statusCode(200)
            .extract()
            .path("[0]");
    officer
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "REACHED", "version", number.get("version")))
        .put("/phone-lists/" + first + "/numbers/" + number.get("id"))
        .then()
        .statusCode(404);
  }

  @Test
  void loggingCallsNeedsTheCounsellorsRole() {
    Qunfang.Login supervisor = Qunfang.activeUser("350923", "HOTLINE_SUPERVISOR");
    Qunfang.Login dispatcher = Qunfang.activeUser("350923", "DISPATCHER");
    String run = java.util.UUID.randomUUID().toString().substring(0, 6);
    String line = HotlineService.oneTeam(supervisor, run, "调度员" + run, dispatcher);
    java.time.Instant end = java.time.Instant.now().minusSeconds(60);
    Map<String, Object> call = ACall.aCall(line).endedAt(end).body();
    dispatcher
        .api()
        .contentType(ContentType.JSON)
        .body(call)
        .post("/calls")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:qunfang:problem:call.notCounsellorRole"));
    call.put("divisionCode", "999999999999");
    Qunfang.Login counsellor = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
    HotlineService.oneTeam(supervisor, run + "b", "咨询员" + run, counsellor);
    counsellor
        .api()
        .contentType(ContentType.JSON)
        .body(call)
        .post("/calls")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("divisionCode"));
  }

  private static String phoneList(Qunfang.Login who, String number) {
    return who.api()
        .contentType("text/plain")
        .body(number + "\n")
        .queryParam("name", "名单" + System.nanoTime() % 100000)
        .queryParam("source", "中国移动")
        .queryParam("divisionCode", TOWNSHIP)
        .post("/phone-lists")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  /** Ten at once: exactly one is created, the others are told it exists (409), none fails. */
}
