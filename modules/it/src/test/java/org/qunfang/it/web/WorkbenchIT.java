package org.qunfang.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qunfang.it.grid.GridArea;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.People;
import org.qunfang.it.system.Qunfang;

/**
 * The workbench (工作台): each person sees the to-dos of their roles, counted in their area against
 * the records; a count opens the list behind it; and it works on a phone.
 */
class WorkbenchIT {

  private static final String TOWNSHIP = "350923204";
  private static final String COMMUNITY = "350923204203";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Test
  void theCountsFollowTheRecordsAndOpenTheirLists() throws Exception {
    GridArea area = GridArea.of(TOWNSHIP, COMMUNITY);
    Map<String, Long> before;
    try (Browser browser = Browser.open(Browser.DESKTOP, "workbench-desktop")) {
      browser.logIn(area.officer());
      before = counts(browser);
      assertThat(before)
          .as("a township officer's to-dos: field work and care, not dispatch nor the hotline")
          .containsKeys("gridArrivals", "gridToVisit", "gridFevers", "careMissed", "careDue")
          .doesNotContainKeys("dispatchGaps", "hotlineReviews", "hotlineFollowUps");
    }

    arrival(area, "工作台返乡甲");
    arrival(area, "工作台返乡乙");
    String gate = Fixtures.villageGate(area.officer(), area.grid(), "工作台卡口", "路下村口");
    passage(area, gate, "38.2");
    passage(area, gate, "36.5");
    List<Object> fevers =
        area.officer()
            .api()
            .get("/checkpoints/fevers")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("findAll { it.checkpointId == '" + gate + "' }.temperature");
    assertThat(fevers).hasSize(1).allMatch(t -> t.toString().startsWith("38.2"));

    try (Browser phone = Browser.open(Browser.PHONE, "workbench-phone")) {
      phone.logIn(area.officer());
      Map<String, Long> after = counts(phone);
      assertThat(after.get("gridArrivals")).isEqualTo(before.get("gridArrivals") + 2);
      assertThat(after.get("gridFevers")).isEqualTo(before.get("gridFevers") + 1);
      assertThat(phone.find("todo-gridFevers").getAttribute("class")).contains("alarm");
      // the tiles fit the phone: two to a row, none wider than the screen
      for (WebElement tile : phone.driver.findElements(By.cssSelector(".todo"))) {
        assertThat(tile.getRect().getX() + tile.getRect().getWidth()).isLessThanOrEqualTo(390);
      }
      Number scroll = (Number) phone.script("return document.documentElement.scrollWidth");
      assertThat(scroll.intValue()).isLessThanOrEqualTo(390);
      assertThat(phone.find("menuToggle").getText()).as("the menu button's badge").isNotBlank();
      phone.shot("workbench-phone-tiles");

      phone.find("todo-gridArrivals").click();
      phone.wait.until(ExpectedConditions.urlContains("/grid/screening.xhtml?status=PENDING"));
      phone.settle();
      String listed = phone.find("screening:tabs:arrivals").getText();
      assertThat(listed).contains("工作台返乡甲", "工作台返乡乙");
      assertThat(phone.find("screening:tabs:statusFilter").getText()).contains("待跟进");

      phone.go("/index.xhtml");
      phone.find("todo-gridFevers").click();
      phone.wait.until(ExpectedConditions.urlContains("/grid/checkpoints.xhtml?fevers=today"));
      phone.settle();
      assertThat(phone.find("checkpoints:feverRows").getText())
          .as("today's fevers at every gate, ours among them")
          .contains("工作台卡口", "38.2");

      phone.go("/index.xhtml");
      phone.find("todo-careMissed").click();
      phone.wait.until(ExpectedConditions.urlContains("/care/desk.xhtml?kind=MISSED"));
      phone.settle();
      assertThat(
              phone
                  .driver
                  .findElement(By.cssSelector("[id='desk:kind'] .ui-state-active"))
                  .getText())
          .isEqualTo("漏检");
    }
  }

  @Test
  void eachRoleSeesItsOwnToDosAndAnAuditorNone() throws Exception {
    try (Browser browser = Browser.open(Browser.DESKTOP, "workbench-roles")) {
      browser.logIn(Qunfang.activeUser(TOWNSHIP, "DISPATCHER"));
      assertThat(counts(browser).keySet())
          .containsExactlyInAnyOrder("dispatchGaps", "dispatchNoShows");
    }
    try (Browser browser = Browser.open(Browser.DESKTOP, "workbench-hotline")) {
      browser.logIn(Qunfang.activeUser("350923", "HOTLINE_SUPERVISOR"));
      assertThat(counts(browser).keySet())
          .containsExactlyInAnyOrder("hotlineReviews", "hotlineFollowUps");
      assertThat(browser.find("menu").getText()).contains("工作台");
    }
    try (Browser browser = Browser.open(Browser.DESKTOP, "workbench-auditor")) {
      browser.logIn(Qunfang.activeUser("350923", "AUDITOR"));
      assertThat(counts(browser)).isEmpty();
      assertThat(browser.find("bench:todos").getText()).contains("没有待办事项");
    }
  }

  /** The tiles on the workbench: each one's id (less "todo-") and its count. */
  private static Map<String, Long> counts(Browser browser) {
    browser.visible("bench:todos");
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    List<WebElement> tiles = browser.driver.findElements(By.cssSelector(".todo"));
    for (WebElement tile : tiles) {
      counts.put(
          tile.getAttribute("id").substring("todo-".length()),
          Long.parseLong(tile.findElement(By.className("value")).getText().trim()));
    }
    return counts;
  }

  private static void arrival(GridArea area, String name) {
    area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "gridId",
                area.grid(),
                "name",
                name,
                "idNumber",
                People.idNumber(),
                "phone",
                People.phone(),
                "origin",
                "上海市",
                "arrivalDate",
                TODAY.toString(),
                "address",
                "路下村8号"))
        .post("/arrivals")
        .then()
        .statusCode(201);
  }

  private static void passage(GridArea area, String gate, String temperature) {
    area.officer()
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "subject",
                "PERSON",
                "temperature",
                new BigDecimal(temperature),
                "healthCode",
                "GREEN",
                "idRegistered",
                false))
        .post("/checkpoints/" + gate + "/passages")
        .then()
        .statusCode(201);
  }
}
