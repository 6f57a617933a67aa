package org.qunfang.it.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.Qunfang;
import org.qunfang.it.system.Workbooks;
import org.qunfang.it.web.Browser;

/**
 * The hotline in the browser: a counsellor logs a crisis call by keyboard, a supervisor reviews and
 * exports.
 */
class HotlineBrowserIT {

  /** A window per test, closed after it with a picture of its last screen. */
  private final Browser web = Browser.open(1280, "hotline-browser-it");

  @AfterEach
  void close() throws Exception {
    web.close();
  }

  @Test
  void aCounsellorLogsACrisisCallWithTheKeyboardAloneAndADraftSurvivesAReload() {
    Qunfang.Login supervisor = Qunfang.activeUser("350923", "HOTLINE_SUPERVISOR");
    String run = java.util.UUID.randomUUID().toString().substring(0, 6);
    Qunfang.Login counsellor = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
    HotlineService.oneTeam(supervisor, run, "周咨询", counsellor);
    String duty = HotlineService.onDutyLine(supervisor, run, counsellor);
    web.logIn(counsellor);
    web.driver.get(Qunfang.BASE + "/calls.xhtml");
    // the line on duty is chosen; the call starts when answered, not when the page opens
    web.wait.until(b -> "call:answer".equals(b.switchTo().activeElement().getAttribute("id")));
    assertThat(web.find("call:hotline").getAttribute("value")).isEqualTo(duty);
    sleep(1_500);
    assertThat(web.find("timer").getText()).isEqualTo("00:00");
    new org.openqa.selenium.interactions.Actions(web.driver).sendKeys(Keys.ENTER).perform();
    web.wait.until(b -> "call:hotline".equals(b.switchTo().activeElement().getAttribute("id")));
    web.wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("timer"), "00:00")));
    assertThat(web.find("call:answer").getText()).isEqualTo("通话中");

    org.openqa.selenium.interactions.Actions keys =
        new org.openqa.selenium.interactions.Actions(web.driver);
    keys.sendKeys(Keys.TAB, Keys.TAB) // channel, then age band
        .sendKeys(Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP) // 不详 → 18–34岁
        .sendKeys(Keys.TAB, Keys.ARROW_UP) // sex: 女
        .sendKeys(
            Keys.TAB,
            Keys.ARROW_UP,
            Keys.ARROW_UP,
            Keys.ARROW_UP,
            Keys.ARROW_UP,
            Keys.ARROW_UP) // 学生
        .sendKeys(Keys.TAB, Keys.TAB, "古峰") // for self, then the area by name
        .perform();
    web.wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("[id='call:area_panel'] tr[data-item-value='350923100']")));
    keys.sendKeys(Keys.ENTER) // the first match: 古峰镇
        .sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, "13900001111") // the list button, token, contact
        .sendKeys(Keys.TAB, Keys.SPACE, Keys.TAB, Keys.SPACE) // categories: epidemic worry, anxiety
        .perform();
    for (int i = 0; i < 11; i++) {
      keys.sendKeys(Keys.TAB).perform(); // the other categories, up to suicidal ideation
    }
    keys.sendKeys(Keys.SPACE).perform(); // ideation
    web.settle();
    keys.sendKeys(Keys.TAB, Keys.SPACE).perform(); // plan
    web.settle();
    keys.sendKeys(Keys.TAB, Keys.SPACE).perform(); // means
    web.settle();
    // The level follows the rule as the boxes are ticked.
    web.wait.until(ExpectedConditions.textToBe(By.id("call:level"), "紧急"));
    keys.sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB) // past attempts … protective factors
        .sendKeys(Keys.TAB, Keys.TAB) // override, its reason
        .sendKeys(Keys.TAB, Keys.SPACE) // stayed on the line
        .perform();
    web.settle();
    keys.sendKeys(Keys.TAB, Keys.TAB, Keys.SPACE).perform(); // police 110
    web.settle();
    keys.sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.ARROW_DOWN) // referral: psychiatric hospital
        .sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, "隔离第五天，失眠，有轻生念头和计划") // summary
        .perform();

    // The browser closes the page by accident: the draft comes back.
    web.driver.navigate().refresh();
    web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draftRestored")));
    assertThat(web.driver.findElement(By.id("call:summary")).getAttribute("value"))
        .contains("轻生念头");
    assertThat(web.driver.findElement(By.id("call:ideation")).isSelected()).isTrue();
    web.wait.until(ExpectedConditions.textToBe(By.id("call:level"), "紧急"));

    web.wait.until(b -> "call:hotline".equals(b.switchTo().activeElement().getAttribute("id")));
    keys.keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("call:messages"), "已保存来电记录"));
    assertThat(web.driver.findElement(By.id("call:messages")).getText()).contains("紧急");
    assertThat(web.driver.findElement(By.id("call:recent")).getText()).contains("紧急");
    // the next call comes in on the same line, and waits to be answered
    assertThat(web.find("call:hotline").getAttribute("value")).isEqualTo(duty);
    assertThat(web.find("call:answer").getText()).isEqualTo("接听");
    web.find("call:save").click();
    web.waitForText("call:messages", "请先点「接听」");

    // a past call of the team opens in full: the screen's answers and the crisis steps' times
    web.driver
        .findElement(By.xpath("//*[@id='call:recent']//tr[td[contains(., '紧急')]]//button"))
        .click();
    web.waitForText("call:openedCall", "自杀意念：是");
    assertThat(web.find("call:openedCall").getText())
        .contains("自杀计划：是", "有实施手段：是", "18", "轻生念头")
        .doesNotContain("无\n");

    String id = counsellor.api().get("/calls").then().statusCode(200).extract().path("[0].id");
    counsellor
        .api()
        .get("/calls/" + id)
        .then()
        .statusCode(200)
        .body("level", org.hamcrest.Matchers.equalTo("IMMINENT"))
        .body("ageBand", org.hamcrest.Matchers.equalTo("FROM_18_TO_34"))
        .body("sex", org.hamcrest.Matchers.equalTo("FEMALE"))
        .body("group", org.hamcrest.Matchers.equalTo("STUDENT"))
        .body("categories", org.hamcrest.Matchers.hasItems("EPIDEMIC_WORRY", "ANXIETY"))
        .body("crisisActions.kind", org.hamcrest.Matchers.hasItems("STAYED_ON_LINE", "POLICE_110"))
        .body("referrals[0].target", org.hamcrest.Matchers.equalTo("PSYCHIATRIC_HOSPITAL"))
        .body("maskedContact", org.hamcrest.Matchers.equalTo("139****1111"))
        .body("divisionCode", org.hamcrest.Matchers.equalTo("350923100"))
        .body("summary", org.hamcrest.Matchers.containsString("轻生念头"));

    // Saved: the draft is gone.
    web.driver.navigate().refresh();
    web.wait.until(b -> "call:answer".equals(b.switchTo().activeElement().getAttribute("id")));
    assertThat(web.driver.findElement(By.id("draftRestored")).isDisplayed()).isFalse();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aSupervisorReviewsAnOverdueHighRiskCallAndExportsRecordsWithAReason() throws Exception {
    Qunfang.Login supervisor = Qunfang.activeUser("350923", "HOTLINE_SUPERVISOR");
    String run = java.util.UUID.randomUUID().toString().substring(0, 6);
    Qunfang.Login counsellor = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
    String line = HotlineService.oneTeam(supervisor, run, "吴咨询" + run, counsellor);
    java.time.Instant end = java.time.Instant.now().minus(java.time.Duration.ofHours(30));
    java.util.Map<String, Object> call = new java.util.HashMap<>();
    call.put("hotlineId", line);
    call.put("startedAt", end.minus(java.time.Duration.ofMinutes(20)).toString());
    call.put("endedAt", end.toString());
    call.put("channel", "PHONE");
    call.put("ageBand", "FROM_35_TO_59");
    call.put("sex", "MALE");
    call.put("group", "FRONTLINE_WORKER");
    call.put("forSelf", true);
    call.put("categories", java.util.List.of("LOW_MOOD"));
    call.put("summary", "连续值守两周，情绪低落，有轻生念头和计划");
    call.put(
        "risk",
        java.util.Map.of(
            "suicidalIdeation",
            true,
            "plan",
            true,
            "means",
            false,
            "pastAttempts",
            false,
            "selfHarm",
            false,
            "harmToOthers",
            false,
            "protectiveFactors",
            false));
    String id = Fixtures.created(counsellor, "/calls", call);
    assertThat(
            supervisor
                .api()
                .get("/calls/reviews/overdue")
                .then()
                .statusCode(200)
                .extract()
                .<java.util.List<String>>path("counsellorName"))
        .contains("吴咨询" + run);

    web.logIn(supervisor);
    web.driver.findElement(By.linkText("热线管理")).click();
    WebElement row =
        web.wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[@id='desk:tabs:overdue']//tr[td[contains(., '吴咨询" + run + "')]]")));
    row.findElement(By.tagName("button")).click();
    web.wait
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:tabs:reviewNote")))
        .sendKeys("已回访，情绪稳定，转介门诊");
    // the screen's answers, not only the summary
    assertThat(web.driver.findElement(By.id("desk:tabs:review")).getText())
        .contains("轻生念头", "自杀意念：是", "自杀计划：是", "有实施手段：否", "危机处置步骤");
    web.driver.findElement(By.id("desk:tabs:saveReview")).click();
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("desk:messages"), "已保存复核意见"));
    supervisor
        .api()
        .get("/calls/" + id)
        .then()
        .statusCode(200)
        .body("reviewedBy", org.hamcrest.Matchers.equalTo(supervisor.username()))
        .body("reviewNote", org.hamcrest.Matchers.containsString("转介门诊"));

    web.driver.findElement(By.linkText("导出个案记录")).click();
    // The last seven days by default: the call of 30 hours ago is among them.
    web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:tabs:exportReason")));
    web.driver.findElement(By.id("desk:tabs:exportReason")).sendKeys("个案督导会议");
    web.driver.findElement(By.id("desk:tabs:export")).click();
    Path sheet = web.downloadEndingWith(".xlsx");
    assertThat(sheet).isNotNull();
    assertThat(Workbooks.firstRow(Files.readAllBytes(sheet))).contains("通话摘要");
  }
}
