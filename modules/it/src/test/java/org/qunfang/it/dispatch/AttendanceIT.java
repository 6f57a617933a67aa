package org.qunfang.it.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Qunfang;

/** Sign-in and hours: the order of things, the code, and times entered afterwards. */
class AttendanceIT {

  private static final String TOWNSHIP = "350923104";
  private static final String COMMUNITY = "350923104203";

  @Test
  void signOutBeforeSignInIsRefusedAndSomeoneSignsThemselvesInWithTheCode() {
    Dispatch dispatch = Dispatch.of(TOWNSHIP);
    Qunfang.Login guard = Qunfang.activeUser(COMMUNITY, "DUTY_STAFF");
    Qunfang.Login leader = Qunfang.activeUser(COMMUNITY, "SHIFT_LEADER");
    String post = todaysPost(dispatch);
    Map<String, Object> shift = current(dispatch, post);
    String me = dispatch.person("自签到", COMMUNITY, List.of(), List.of(), guard.username());
    String other = dispatch.volunteer("他人", COMMUNITY, List.of());
    dispatch.assign(Dispatch.slot(shift, 0), me).then().statusCode(200);
    dispatch.assign(Dispatch.slot(shift, 1), other).then().statusCode(200);
    String otherSlot = (String) Dispatch.slot(shift, 1).get("id");

    leader
        .api()
        .contentType(ContentType.JSON)
        .post("/dispatch/attendance/slots/" + otherSlot + "/sign-out")
        .then()
        .statusCode(400)
        .body("detail", equalTo("还未签到，不能签退。"));
    String code =
        leader
            .api()
            .get("/dispatch/attendance")
            .then()
            .statusCode(200)
            .extract()
            .path("find { it.shiftId == '" + shift.get("id") + "' }.signInCode");
    guard
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("code", code.equals("000000") ? "000001" : "000000"))
        .post("/dispatch/attendance/code")
        .then()
        .statusCode(400)
        .body("detail", containsString("签到码不对"));
    guard
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("code", code))
        .post("/dispatch/attendance/code")
        .then()
        .statusCode(200)
        .body("presence", equalTo("SIGNED_IN"));
    guard.api().get("/me/dispatch/shifts").then().statusCode(200).body("size()", equalTo(1));
    leader
        .api()
        .contentType(ContentType.JSON)
        .post("/dispatch/attendance/slots/" + Dispatch.slot(shift, 0).get("id") + "/sign-out")
        .then()
        .statusCode(200)
        .body("presence", equalTo("SIGNED_OUT"));
  }

  @Test
  void hoursEnteredAfterwardsNeedADispatcherAReasonAndNoMoreThanTheShift() {
    Dispatch dispatch = Dispatch.of(TOWNSHIP);
    String post = todaysPost(dispatch);
    Map<String, Object> shift = current(dispatch, post);
    String person = dispatch.volunteer("补录", COMMUNITY, List.of());
    Map<String, Object> slot = Dispatch.slot(shift, 2);
    dispatch.assign(slot, person).then().statusCode(200);
    Instant start = Instant.parse((String) shift.get("startsAt"));
    Instant now = Instant.now();
    String path = "/dispatch/attendance/slots/" + slot.get("id");

    dispatch
        .dispatcher()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "signedInAt",
                start.minusSeconds(3600).toString(),
                "signedOutAt",
                start.plusSeconds(8 * 3600).toString(),
                "reason",
                "手机没电，事后补录",
                "version",
                2))
        .put(path)
        .then()
        .statusCode(400)
        .body("detail", containsString("不能超过班次本身"));
    dispatch
        .dispatcher()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("signedInAt", start.toString(), "signedOutAt", now.toString(), "version", 2))
        .put(path)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("reason"));
    Qunfang.Login leader = Qunfang.activeUser(COMMUNITY, "SHIFT_LEADER");
    leader
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "signedInAt",
                start.toString(),
                "signedOutAt",
                now.toString(),
                "reason",
                "补录",
                "version",
                2))
        .put(path)
        .then()
        .statusCode(403);
    dispatch
        .dispatcher()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "signedInAt",
                start.toString(),
                "signedOutAt",
                now.toString(),
                "reason",
                "手机没电，事后补录",
                "version",
                2))
        .put(path)
        .then()
        .statusCode(200)
        .body("presence", equalTo("SIGNED_OUT"));
    assertThat(now).isAfter(start);
  }

  private static String todaysPost(Dispatch dispatch) {
    String post =
        dispatch
            .dispatcher()
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "山棠村口" + System.nanoTime() % 100_000,
                    "kind",
                    "OTHER",
                    "area",
                    COMMUNITY,
                    "pattern",
                    "THREE_EIGHTS",
                    "needs",
                    List.of(
                        Map.of("start", "00:00", "end", "08:00", "headcount", 3),
                        Map.of("start", "08:00", "end", "16:00", "headcount", 3),
                        Map.of("start", "16:00", "end", "00:00", "headcount", 3))))
            .post("/dispatch/posts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    dispatch
        .dispatcher()
        .api()
        .contentType(ContentType.JSON)
        .body(Map.of("from", today.toString(), "until", today.toString()))
        .post("/dispatch/posts/" + post + "/shifts")
        .then()
        .statusCode(200);
    return post;
  }

  /** The post's shift under way now. */
  private static Map<String, Object> current(Dispatch dispatch, String post) {
    Instant now = Instant.now();
    return dispatch
        .dispatcher()
        .api()
        .queryParam("area", COMMUNITY)
        .queryParam("from", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
        .get("/dispatch/roster/coverage")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .<Map<String, Object>>getList("shifts")
        .stream()
        .filter(s -> post.equals(s.get("postId")))
        .filter(
            s ->
                !Instant.parse((String) s.get("startsAt")).isAfter(now)
                    && Instant.parse((String) s.get("endsAt")).isAfter(now))
        .findFirst()
        .orElseThrow();
  }
}
