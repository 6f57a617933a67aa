package org.qunfang.it.dispatch;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Qunfang;

/** 动员令: issued once under its number, units asked, people reporting in once, figures by unit. */
class OrdersIT {

  private static final String TOWNSHIP = "350923202";
  private static final String COMMUNITY = "350923202201";

  private final Dispatch dispatch = Dispatch.of(TOWNSHIP);

  private Response issue(Map<String, Object> order) {
    return dispatch
        .dispatcher()
        .api()
        .contentType(ContentType.JSON)
        .body(order)
        .post("/dispatch/orders");
  }

  private static Map<String, Object> order(String number, String area, String from, String until) {
    Map<String, Object> order = new HashMap<>();
    order.put("number", number);
    order.put("title", "关于抽调机关干部下沉一线的动员令");
    order.put("area", area);
    order.put("issuedOn", Dispatch.TOMORROW.minusDays(1).toString());
    order.put("from", from);
    order.put("until", until);
    order.put(
        "units",
        List.of(Map.of("unit", "甘棠乡机关", "people", 3), Map.of("unit", "甘棠卫生院", "people", 2)));
    order.put("posts", List.of(Map.of("kind", "CHECKPOINT", "headcount", 4)));
    return order;
  }

  @Test
  void anOrderIsIssuedOnceAndCountsWhoReportsIn() {
    String number = "甘防指〔2026〕" + System.nanoTime() % 100_000 + "号";
    String from = Dispatch.TOMORROW.toString();
    String until = Dispatch.TOMORROW.plusDays(13).toString();
    String id =
        issue(order(number, TOWNSHIP, from, until)).then().statusCode(201).extract().path("id");
    issue(order(number, TOWNSHIP, from, until))
        .then()
        .statusCode(409)
        .body("violations[0].field", equalTo("number"));
    issue(order(number + "乙", TOWNSHIP, until, from))
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("until"));
    issue(order(number + "丙", COMMUNITY, from, until))
        .then()
        .statusCode(400)
        .body("detail", containsString("区（县）或乡镇"));
    Map<String, Object> twice = order(number + "丁", TOWNSHIP, from, until);
    twice.put(
        "units",
        List.of(Map.of("unit", "甘棠乡机关", "people", 1), Map.of("unit", "甘棠乡机关", "people", 2)));
    issue(twice).then().statusCode(400).body("detail", containsString("列了两次"));

    String cadre = dispatch.volunteer("下沉甲", COMMUNITY, List.of());
    reportIn(id, cadre, "甘棠乡机关")
        .then()
        .statusCode(200)
        .body("reported", equalTo(1))
        .body("asked", equalTo(5))
        .body("units.find { it.unit == '甘棠乡机关' }.reported", equalTo(1));
    reportIn(id, cadre, "甘棠卫生院")
        .then()
        .statusCode(409)
        .body("detail", containsString("已经就此动员令报到过"));
    reportIn(id, dispatch.volunteer("下沉乙", COMMUNITY, List.of()), "县公安局")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("unit"));
    String stranger = Dispatch.of("350923203").volunteer("外乡人", "350923203201", List.of());
    reportIn(id, stranger, "甘棠乡机关").then().statusCode(404);

    Qunfang.Login officer = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    officer
        .api()
        .get("/dispatch/orders/" + id)
        .then()
        .statusCode(200)
        .body("number", equalTo(number));
    officer
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("personId", cadre, "unit", "甘棠乡机关"))
        .post("/dispatch/orders/" + id + "/reports")
        .then()
        .statusCode(403);
  }

  private Response reportIn(String order, String person, String unit) {
    return dispatch
        .dispatcher()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("personId", person, "unit", unit))
        .post("/dispatch/orders/" + order + "/reports");
  }
}
