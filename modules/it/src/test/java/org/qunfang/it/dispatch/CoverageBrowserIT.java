package org.qunfang.it.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qunfang.it.web.Browser;

/** A dispatcher sees the next day's gaps in red and fills one, on a desk and on a phone. */
class CoverageBrowserIT {

  private static final String TOWNSHIP = "350923103";
  private static final String COMMUNITY = "350923103204";

  private Browser web;

  @AfterEach
  void close() throws Exception {
    if (web != null) {
      web.close();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {Browser.DESKTOP, Browser.PHONE})
  void aDispatcherFillsARedGap(int width) {
    Dispatch dispatch = Dispatch.of(TOWNSHIP);
    String name = "上牛山卡口" + width + "-" + System.nanoTime() % 10_000;
    String post = dispatch.post(name, COMMUNITY, 1);
    String who = "吴志愿" + System.nanoTime() % 100_000;
    String helper = dispatch.volunteer(who, COMMUNITY, List.of("COMMUNITY"));
    web = Browser.open(width, "coverage-browser-it-" + width);
    web.logIn(dispatch.dispatcher());
    web.go("/dispatch/coverage.xhtml");
    web.pickArea("coverage:area", "上牛山", COMMUNITY);
    web.script(
        "PrimeFaces.getWidgetById('coverage:from').setDate(new Date(arguments[0], arguments[1],"
            + " arguments[2]));",
        Dispatch.TOMORROW.getYear(),
        Dispatch.TOMORROW.getMonthValue() - 1,
        Dispatch.TOMORROW.getDayOfMonth());
    assertThat(web.find("coverage:from_input").getAttribute("value"))
        .isEqualTo(Dispatch.TOMORROW.toString());
    web.find("coverage:show").click();
    web.settle();

    List<WebElement> ours = shifts(name);
    assertThat(ours).hasSize(3);
    List<WebElement> gaps = ours.get(0).findElements(By.cssSelector(".place.gap"));
    assertThat(gaps).hasSize(2);
    assertThat(gaps.get(0).getCssValue("color")).isEqualTo("rgba(183, 28, 28, 1)");
    assertThat(gaps.get(0).getText()).contains("空缺", "警务");
    int before = Integer.parseInt(web.find("coverage:gaps").getText());

    // the morning shift: its first place needs no skill
    ours.get(1).findElement(By.cssSelector(".place.gap .fill")).click();
    web.wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.candidate")));
    WebElement candidate =
        web.driver.findElements(By.cssSelector("button.candidate")).stream()
            .filter(b -> b.getText().equals(who))
            .findFirst()
            .orElseThrow();
    candidate.click();
    web.settle();
    web.wait.until(ExpectedConditions.textToBe(By.id("coverage:gaps"), String.valueOf(before - 1)));
    assertThat(shifts(name).get(1).findElements(By.cssSelector(".place.gap"))).hasSize(1);
    assertThat(web.driver.findElement(By.cssSelector(".ui-messages-info")).getText())
        .contains("已安排 " + who);
    assertThat((Long) web.script("return document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo((long) width);

    Map<String, Object> filled = Dispatch.slot(dispatch.shifts(post, 1).get(1), 0);
    assertThat(filled.get("personId")).isEqualTo(helper);
    assertThat(filled.get("pinned")).isEqualTo(true);
  }

  /** Our post's shift cards, in time order. */
  private List<WebElement> shifts(String post) {
    return web.driver.findElements(By.cssSelector(".shift")).stream()
        .filter(card -> card.findElement(By.cssSelector(".post")).getText().equals(post))
        .toList();
  }
}
