package org.qunfang.it.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qunfang.it.web.Browser;

/** The dashboard drills down township → community → grid and shows the gates over a period. */
class DashboardIT {

  private static final String TOWNSHIP = "350923204";
  private static final String COMMUNITY = "350923204202";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  private static GridArea area;

  @BeforeAll
  static void area() {
    area = GridArea.of(TOWNSHIP, COMMUNITY);
  }

  @Test
  void anOfficerDrillsDownToTheGridsAndChoosesThePeriod() throws Exception {
    try (Browser web = Browser.open(Browser.DESKTOP, "dashboard-drill")) {
      web.logIn(area.officer());
      web.go("/grid/dashboard.xhtml");
      assertThat(web.find("trail").getText()).isEqualTo("路下乡");
      assertThat(web.find("parts").getText()).as("the township's communities").contains("凤林村");
      web.driver.findElement(By.linkText("凤林村民委员会")).click();
      web.wait.until(ExpectedConditions.urlContains("area=" + COMMUNITY));
      web.settle();
      assertThat(web.find("trail").getText()).isEqualTo("路下乡 › 凤林村民委员会");
      assertThat(web.find("parts").getText()).as("the community's grids").contains("测试小网格");
      assertThat(web.driver.findElements(By.cssSelector("[id='parts'] a")))
          .as("a grid is the last step")
          .isEmpty();

      LocalDate from = TODAY.minusDays(30);
      web.script(
          "document.getElementById('from').value = arguments[0];"
              + "document.getElementById('until').value = arguments[1];",
          from.toString(),
          TODAY.toString());
      web.find("showPeriod").click();
      // a plain GET form: wait for the new page, not the old one's readiness
      web.wait.until(ExpectedConditions.urlContains("from=" + from));
      web.settle();
      assertThat(web.driver.getCurrentUrl()).contains("area=" + COMMUNITY, "from=" + from);
      assertThat(web.driver.getPageSource()).contains(from + " — " + TODAY);
      assertThat(web.find("trail").getText()).endsWith("凤林村民委员会");

      // typed into the address by hand: a period that runs backwards, an area not one's own
      web.go("/grid/dashboard.xhtml?from=" + TODAY + "&until=" + from);
      assertThat(web.find("messages").getText()).contains("结束日期不能早于开始日期");
      web.go("/grid/dashboard.xhtml?area=350923100");
      assertThat(web.find("messages").getText()).isNotBlank().doesNotContain("Exception");
      assertThat(web.find("trail").getText()).isEqualTo("路下乡");
      web.go("/grid/dashboard.xhtml?from=2026-13-01");
      assertThat(web.find("messages").getText()).contains("年-月-日");
    }
  }

  @Test
  void theRestDashboardTakesAPeriodAndRefusesABadOne() {
    area.officer()
        .api()
        .queryParam("area", COMMUNITY)
        .queryParam("from", TODAY.minusDays(59).toString())
        .queryParam("until", TODAY.toString())
        .get("/dashboard")
        .then()
        .statusCode(200)
        .body("passages.size()", org.hamcrest.Matchers.equalTo(60))
        .body("parts[0].code", containsString(COMMUNITY));
    area.officer()
        .api()
        .queryParam("from", TODAY.minusDays(400).toString())
        .queryParam("until", TODAY.toString())
        .get("/dashboard")
        .then()
        .statusCode(400)
        .body("detail", containsString("366"));
  }
}
