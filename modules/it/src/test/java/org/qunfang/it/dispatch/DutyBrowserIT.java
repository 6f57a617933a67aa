package org.qunfang.it.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qunfang.it.system.Qunfang;
import org.qunfang.it.web.Browser;

/** A shift leader signs five people in with the keyboard alone, on a phone at the post. */
class DutyBrowserIT {

  private static final String TOWNSHIP = "350923104";
  private static final String COMMUNITY = "350923104202";

  private Browser web;

  @AfterEach
  void close() throws Exception {
    if (web != null) {
      web.close();
    }
  }

  @Test
  void aShiftLeaderSignsInFivePeopleByKeyboardOnAPhone() {
    Dispatch dispatch = Dispatch.of(TOWNSHIP);
    String name = "棠口路口" + System.nanoTime() % 100_000;
    String post =
        dispatch
            .dispatcher()
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    name,
                    "kind",
                    "OTHER",
                    "area",
                    COMMUNITY,
                    "pattern",
                    "THREE_EIGHTS",
                    "needs",
                    List.of(
                        Map.of("start", "00:00", "end", "08:00", "headcount", 5),
                        Map.of("start", "08:00", "end", "16:00", "headcount", 5),
                        Map.of("start", "16:00", "end", "00:00", "headcount", 5))))
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
    Map<String, Object> now =
        dispatch
            .dispatcher()
            .api()
            .queryParam("area", COMMUNITY)
            .queryParam("from", today.toString())
            .get("/dispatch/roster/coverage")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .<Map<String, Object>>getList("shifts")
            .stream()
            .filter(s -> post.equals(s.get("postId")))
            .findFirst()
            .orElseThrow();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String who = "值守" + i + "-" + System.nanoTime() % 10_000;
      names.add(who);
      String person = dispatch.volunteer(who, COMMUNITY, List.of());
      dispatch.assign(Dispatch.slot(now, i), person).then().statusCode(200);
    }
    Qunfang.Login leader = Qunfang.activeUser(COMMUNITY, "SHIFT_LEADER");

    web = Browser.open(Browser.PHONE, "duty-browser-it");
    web.logIn(leader);
    web.go("/dispatch/duty.xhtml");
    Actions keys = new Actions(web.driver);
    for (int i = 0; i < 5; i++) {
      web.wait.until(
          d -> {
            String label = d.switchTo().activeElement().getAttribute("aria-label");
            return label != null && label.startsWith("签到");
          });
      keys.sendKeys(Keys.ENTER).perform();
      web.settle();
      web.wait.until(
          ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
    }
    assertThat((Long) web.script("return document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo(390L);

    List<Map<String, Object>> places =
        leader
            .api()
            .get("/dispatch/attendance")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .<Map<String, Object>>getList(
                "findAll { it.postName == '" + name + "' }.places.flatten()");
    assertThat(places)
        .hasSize(5)
        .allSatisfy(p -> assertThat(p.get("presence")).isEqualTo("SIGNED_IN"));
    assertThat(places).extracting(p -> p.get("name")).containsExactlyInAnyOrderElementsOf(names);
  }
}
