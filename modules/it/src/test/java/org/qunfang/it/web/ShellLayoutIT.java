package org.qunfang.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qunfang.it.hotline.HotlineService;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.Qunfang;

/**
 * The shell on the office's desktop (1440 px) and on the phones field staff carry (390 px): no page
 * of any role is wider than the screen and every field has a label; on the phone the menu folds
 * behind a button. The shared parts: the area picker offers the division tree within the caller's
 * area, searchable by name, and remembers the pick; a tabbed page stays on its tab after a save;
 * people appear by display name, never by login.
 */
class ShellLayoutIT {

  private static final String TOWNSHIP = "350923100";
  private static final String COMMUNITY = "350923100001";

  /** Long enough to push a form wider than the screen if anything in it does not wrap. */
  private static final String LONG_NAME = "城关社区东入口卡点（省道二〇五线与县道交叉口北侧临时检查站）";

  private static Qunfang.Login township;
  private static Qunfang.Login member;
  private static List<Qunfang.Login> everyone;
  private static String checkpoint;

  @BeforeAll
  static void anAreaWithWorkInIt() {
    township = Qunfang.activeUser(TOWNSHIP, "TOWNSHIP_OFFICER");
    String grid = Fixtures.smallGrid(township, COMMUNITY);
    member = Qunfang.activeUser(COMMUNITY, "GRID_MEMBER");
    checkpoint =
        Fixtures.created(
            township,
            "/checkpoints",
            Map.of(
                "gridId",
                grid,
                "name",
                LONG_NAME,
                "kind",
                "VILLAGE_GATE",
                "location",
                LONG_NAME,
                "roundTheClock",
                true,
                "closedManagement",
                true));
    township
        .api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "subject",
                "PERSON",
                "temperature",
                new BigDecimal("36.6"),
                "healthCode",
                "GREEN",
                "idRegistered",
                true))
        .post("/checkpoints/" + checkpoint + "/passages")
        .then()
        .statusCode(201);
    Qunfang.Login supervisor = Qunfang.activeUser("350923", "HOTLINE_SUPERVISOR");
    Qunfang.Login counsellor = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
    HotlineService.oneTeam(
        supervisor, UUID.randomUUID().toString().substring(0, 6), "郑咨询", counsellor);
    everyone =
        List.of(
            Qunfang.admin(),
            township,
            member,
            counsellor,
            supervisor,
            Qunfang.activeUser("350923", "REPORT_OFFICER"),
            Qunfang.activeUser("350923", "AUDITOR"));
  }

  /**
   * Every page as each role sees it (four minutes on two cores). Layout does not depend on the
   * database, so the PostgreSQL run of the suite leaves it to the H2 run.
   */
  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {Browser.DESKTOP, Browser.PHONE})
  @DisabledIfEnvironmentVariable(named = "QUNFANG_DB_URL", matches = ".+")
  void everyPageOfEveryRoleFitsTheScreenAndLabelsEveryField(int width) throws Exception {
    for (Qunfang.Login who : everyone) {
      try (Browser web = Browser.open(width, "shell-" + width)) {
        web.logIn(who);
        List<String> pages =
            web.driver.findElements(By.cssSelector("#menu a")).stream()
                .map(link -> link.getAttribute("href"))
                .toList();
        assertThat(pages).as(who.username() + "'s menu").hasSizeGreaterThan(1);
        for (String page : pages) {
          web.driver.get(page);
          web.settle();
          String where = who.username() + " on " + page + " at " + width + " px";
          menuFits(web, width, where);
          int tabs = web.driver.findElements(By.cssSelector(".ui-tabs-nav li")).size();
          for (int tab = 0; tab <= tabs; tab++) {
            if (tab > 0) {
              web.driver.findElements(By.cssSelector(".ui-tabs-nav li a")).get(tab - 1).click();
              web.settle();
            }
            assertThat(pageWidth(web)).as(where + ", tab " + tab).isLessThanOrEqualTo(width);
            assertThat(unlabelledFields(web)).as(where + ", tab " + tab).isEmpty();
          }
        }
      }
    }
  }

  @Test
  void theAreaPickerOffersTheTreeWithinTheAreaFindsByNameAndRemembersThePick() throws Exception {
    try (Browser web = Browser.open(Browser.PHONE, "area-picker")) {
      web.logIn(township);
      assertThat(web.script("return window.innerWidth;")).as("a phone's width").isEqualTo(390L);
      web.go("/grid/sweeps.xhtml");
      assertThat(web.pickedArea("sweeps:divisionCode"))
          .as("first the home area")
          .isEqualTo(TOWNSHIP);

      web.find("sweeps:divisionCode")
          .findElement(By.cssSelector(".ui-autocomplete-dropdown"))
          .click();
      List<WebElement> tree =
          web.wait.until(
              ExpectedConditions.visibilityOfAllElementsLocatedBy(
                  By.cssSelector("[id='sweeps:divisionCode_panel'] tr.ui-autocomplete-item")));
      List<String> codes = tree.stream().map(item -> item.getAttribute("data-item-value")).toList();
      assertThat(codes).first().isEqualTo(TOWNSHIP);
      assertThat(codes).hasSizeGreaterThan(3).allMatch(code -> code.startsWith(TOWNSHIP));
      assertThat(codes).isSorted();
      web.find("sweeps:divisionCode_input").sendKeys(org.openqa.selenium.Keys.ESCAPE);

      assertThat(web.pickArea("sweeps:divisionCode", "城北", "350923100003"))
          .as("a name finds the communities that bear it, and only in the area")
          .isNotEmpty()
          .allMatch(code -> code.startsWith(TOWNSHIP));
      assertThat(web.find("sweeps:divisionCode_input").getAttribute("value")).isEqualTo("城北社区居委会");

      web.go("/grid/grids.xhtml");
      assertThat(web.pickedArea("grids:divisionCode")).as("remembered").isEqualTo("350923100003");

      web.find("grids:divisionCode_input").clear();
      web.find("grids:divisionCode_input").sendKeys("双溪");
      web.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("grids:divisionCode_panel"), "您的辖区内没有匹配的区域"));
    }
  }

  @Test
  void aTabbedPageStaysOnItsTabAfterASave() throws Exception {
    try (Browser web = Browser.open(Browser.PHONE, "tab-memory")) {
      web.logIn(everyone.get(4)); // the supervisor
      web.go("/hotline/hotline.xhtml");
      web.driver.findElement(By.linkText("热线设置")).click();
      web.settle();
      String agency = "第二社工站" + System.nanoTime() % 100_000;
      web.visible("desk:tabs:agencyName").sendKeys(agency);
      web.find("desk:tabs:newAgency").findElement(By.tagName("button")).click();
      web.waitForText("desk:messages", agency);
      assertThat(
              web.driver.findElement(By.cssSelector(".ui-tabs-nav li.ui-state-active")).getText())
          .isEqualTo("热线设置");
      assertThat(web.find("desk:tabs:newAgency").getText()).contains(agency);
    }
  }

  @Test
  void peopleAppearByDisplayNameNeverByLogin() throws Exception {
    try (Browser web = Browser.open(Browser.DESKTOP, "display-names")) {
      web.logIn(township);
      web.go("/grid/checkpoints.xhtml");
      web.choose("checkpoints:checkpoint", checkpoint);
      String passages = web.visible("checkpoints:passages").getText();
      assertThat(passages).contains("测试用户").doesNotContain(township.username());
      assertThat(web.driver.findElement(By.cssSelector(".account .user")).getText())
          .isEqualTo("测试用户");
    }
  }

  /** At 390 px the menu hides behind its button and opens on a tap; at 1440 px it is just there. */
  private static void menuFits(Browser web, int width, String where) {
    WebElement toggle = web.find("menuToggle");
    WebElement menu = web.find("menu");
    if (width == Browser.PHONE) {
      assertThat(toggle.isDisplayed()).as(where + ": menu button").isTrue();
      assertThat(menu.isDisplayed()).as(where + ": menu folded").isFalse();
      toggle.click();
      assertThat(menu.isDisplayed()).as(where + ": menu opened").isTrue();
      assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
      toggle.click();
    } else {
      assertThat(toggle.isDisplayed()).as(where + ": no menu button").isFalse();
      assertThat(menu.isDisplayed()).as(where + ": menu shown").isTrue();
    }
  }

  private static long pageWidth(Browser web) {
    return (Long) web.script("return document.documentElement.scrollWidth;");
  }

  /** Fields a person can see and fill that no label, aria-label or aria-labelledby names. */
  @SuppressWarnings("unchecked")
  private static List<String> unlabelledFields(Browser web) {
    return (List<String>)
        web.script(
            "return [...document.querySelectorAll('main input, main select, main textarea')]"
                + ".filter(e => e.type !== 'hidden' && e.type !== 'file' && e.getClientRects().length"
                + " && !e.closest('.ui-helper-hidden-accessible, .ui-paginator'))"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                + " && !e.getAttribute('aria-labelledby'))"
                + ".map(e => e.id || e.name);");
  }
}
