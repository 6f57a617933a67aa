package org.qunfang.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qunfang.it.web.Browser;

/**
 * A person's first session, an administrator's and a report officer's, in Debian's headless
 * Chromium.
 */
class BrowserIT {

  private Browser web;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void open() throws Exception {
    web = Browser.open(1280, "browser-it");
    browser = web.driver;
    wait = web.wait;
  }

  @AfterEach
  void close() throws Exception {
    if (web != null) {
      web.close();
    }
  }

  @Test
  void firstLoginChangesPasswordSwitchesLanguageAndBrowsesTheTree() {
    Qunfang.Login user = Qunfang.newUser("350923", "TOWNSHIP_OFFICER");

    browser.get(Qunfang.BASE + "/");
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
    assertThat(browser.getPageSource()).contains("社区疫情防控与居民关爱平台");
    browser.findElement(By.id("login:username")).sendKeys(user.username());
    browser.findElement(By.id("login:password")).sendKeys(user.password());
    browser.findElement(By.id("login:submit")).click();

    // A one-time password leads straight to the password page.
    wait.until(ExpectedConditions.urlContains("password.xhtml"));
    assertThat(browser.getPageSource()).contains("您正在使用一次性密码");
    browser.findElement(By.id("password:current")).sendKeys(user.password());
    browser.findElement(By.id("password:chosen")).sendKeys("Browser2026ok");
    browser.findElement(By.id("password:repeated")).sendKeys("Browser2026ok");
    browser.findElement(By.id("password:save")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    assertThat(browser.findElement(By.id("area")).getText()).contains("屏南县");
    assertThat(browser.findElement(By.id("townships")).getText()).isEqualTo("11");

    browser.findElement(By.id("nav:language")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("welcome"), "Welcome"));
    assertThat(browser.findElement(By.id("nav:language")).getText()).isEqualTo("中文");

    browser.findElement(By.linkText("Divisions")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("divisions:tree")));
    assertThat(browser.findElement(By.id("divisions:tree")).getText()).contains("古峰镇");
    browser.findElement(By.xpath("//span[text()='古峰镇']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("divisions:selectedCode"), "350923100"));

    browser.findElement(By.id("divisions:query")).sendKeys("东湖");
    browser.findElement(By.id("divisions:find")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("divisions:results"), "350923100008"));
  }

  @Test
  void aDivisionOutsideTheUsersAreaIsA403PageThatShowsNothingOfIt() {
    Qunfang.Login user = Qunfang.activeUser("350923100", "TOWNSHIP_OFFICER");
    web.logIn(user);

    browser.get(Qunfang.BASE + "/divisions.xhtml?code=350923100");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("divisions:tree")));
    assertThat(browser.findElement(By.id("divisions:tree")).getText()).contains("东湖社区");

    browser.get(Qunfang.BASE + "/divisions.xhtml?code=350923101");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("403");
    assertThat(browser.getPageSource()).doesNotContain("双溪镇").doesNotContain("divisions:tree");
  }

  @Test
  void anAdministratorOpensAnAccountAndReadsItsOneTimePassword() {
    Qunfang.Login admin = Qunfang.admin();
    web.logIn(admin);

    browser.findElement(By.linkText("用户管理")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("accounts:new"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:username")));
    String username = "ui" + System.nanoTime() % 1_000_000;
    browser.findElement(By.id("accounts:username")).sendKeys(username);
    browser.findElement(By.id("accounts:displayName")).sendKeys("王网格");
    assertThat(web.pickArea("accounts:homeDivision", "东湖", "350923100008"))
        .as("the picker offers the divisions of the administrator's area that match")
        .contains("350923100008")
        .allMatch(code -> code.startsWith("350923"));
    browser.findElement(By.xpath("//label[text()='网格员']")).click();
    browser.findElement(By.id("accounts:save")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:table"), username));
    assertThat(browser.findElement(By.id("accounts:messages")).getText())
        .contains("请将一次性密码告知 " + username);
  }

  @Test
  void aReportOfficerPreviewsIssuesAndDownloadsAReport() throws Exception {
    Qunfang.Login officer = Qunfang.activeUser("350923", "REPORT_OFFICER");
    web.logIn(officer);
    browser.findElement(By.linkText("正式报表")).click();
    web.choose("reports:kind", "division-statistics");

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reports:addressee")))
        .sendKeys("宁德市疫情防控指挥部");
    browser.findElement(By.id("reports:preview")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("reports:downloadPreview"))).click();
    assertThat(web.downloaded("草稿-屏南县行政区划统计表.pdf")).startsWith("%PDF");

    browser.findElement(By.id("reports:issue")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("reports:messages"), "已签发：屏防指〔"));
    String number =
        browser
            .findElement(By.id("reports:messages"))
            .getText()
            .replaceAll("(?s).*已签发：(\\S+号).*", "$1");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("reports:archive"), number));
    browser.findElement(By.xpath("//tr[td[text()='" + number + "']]//button")).click();
    assertThat(web.downloaded(number + " 屏南县行政区划统计表.pdf")).startsWith("%PDF");
  }
}
