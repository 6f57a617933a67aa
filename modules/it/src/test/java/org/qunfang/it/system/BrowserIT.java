package org.qunfang.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qunfang.it.web.Browser;

/**
 * A person's first session, an administrator's and a report officer's, in Debian's headless
 * Chromium.
 */
class BrowserIT {

  /** A window per test, closed after it with a picture of its last screen. */
  private final Browser web = Browser.open(1280, "browser-it");

  @AfterEach
  void close() throws Exception {
    web.close();
  }

  @Test
  void firstLoginChangesPasswordSwitchesLanguageAndBrowsesTheTree() {
    Qunfang.Login user = Qunfang.newUser("350923", "TOWNSHIP_OFFICER");

    web.driver.get(Qunfang.BASE + "/");
    web.wait.until(ExpectedConditions.urlContains("login.xhtml"));
    assertThat(web.driver.getPageSource()).contains("社区疫情防控与居民关爱平台");
    web.driver.findElement(By.id("login:username")).sendKeys(user.username());
    web.driver.findElement(By.id("login:password")).sendKeys(user.password());
    web.driver.findElement(By.id("login:submit")).click();

    // A one-time password leads straight to the password page.
    web.wait.until(ExpectedConditions.urlContains("password.xhtml"));
    assertThat(web.driver.getPageSource()).contains("您正在使用一次性密码");
    web.driver.findElement(By.id("password:current")).sendKeys(user.password());
    web.driver.findElement(By.id("password:chosen")).sendKeys("Browser2026ok");
    web.driver.findElement(By.id("password:repeated")).sendKeys("Browser2026ok");
    web.driver.findElement(By.id("password:save")).click();

    web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    assertThat(web.driver.findElement(By.id("area")).getText()).contains("屏南县");
    assertThat(web.driver.findElement(By.id("bench:todos")).isDisplayed())
        .as("everyone lands on the workbench")
        .isTrue();

    web.driver.findElement(By.id("nav:language")).click();
    web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("welcome"), "Welcome"));
    assertThat(web.driver.findElement(By.id("nav:language")).getText()).isEqualTo("中文");

    web.driver.findElement(By.linkText("Divisions")).click();
    web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("divisions:tree")));
    assertThat(web.driver.findElement(By.id("divisions:tree")).getText()).contains("古峰镇");
    web.driver.findElement(By.xpath("//span[text()='古峰镇']")).click();
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("divisions:selectedCode"), "350923100"));

    web.driver.findElement(By.id("divisions:query")).sendKeys("东湖");
    web.driver.findElement(By.id("divisions:find")).click();
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("divisions:results"), "350923100008"));
  }

  @Test
  void aDivisionOutsideTheUsersAreaIsA403PageThatShowsNothingOfIt() {
    Qunfang.Login user = Qunfang.activeUser("350923100", "TOWNSHIP_OFFICER");
    web.logIn(user);

    web.driver.get(Qunfang.BASE + "/divisions.xhtml?code=350923100");
    web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("divisions:tree")));
    assertThat(web.driver.findElement(By.id("divisions:tree")).getText()).contains("东湖社区");

    web.driver.get(Qunfang.BASE + "/divisions.xhtml?code=350923101");
    web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
    assertThat(web.driver.findElement(By.id("status")).getText()).isEqualTo("403");
    assertThat(web.driver.getPageSource()).doesNotContain("双溪镇").doesNotContain("divisions:tree");
  }

  @Test
  void anAdministratorOpensAnAccountAndReadsItsOneTimePassword() {
    Qunfang.Login admin = Qunfang.admin();
    web.logIn(admin);

    web.driver.findElement(By.linkText("用户管理")).click();
    web.wait.until(ExpectedConditions.elementToBeClickable(By.id("accounts:new"))).click();
    web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:username")));
    String username = "ui" + System.nanoTime() % 1_000_000;
    web.driver.findElement(By.id("accounts:username")).sendKeys(username);
    web.driver.findElement(By.id("accounts:displayName")).sendKeys("王网格");
    assertThat(web.pickArea("accounts:homeDivision", "东湖", "350923100008"))
        .as("the picker offers the divisions of the administrator's area that match")
        .contains("350923100008")
        .allMatch(code -> code.startsWith("350923"));
    web.driver.findElement(By.xpath("//label[text()='网格员']")).click();
    web.driver.findElement(By.id("accounts:save")).click();

    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:table"), username));
    assertThat(web.driver.findElement(By.id("accounts:messages")).getText())
        .contains("请将一次性密码告知 " + username);
    assertThat(web.driver.findElement(By.id("accounts:find")).getAttribute("value"))
        .isEqualTo(username);

    // a reset asks first, naming whose password it is
    web.driver.findElement(By.id("accounts:table:0:reset")).click();
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".ui-confirm-dialog"), "确定重置 王网格（" + username + "）的密码"));
    web.driver.findElement(By.id("accounts:confirmNo")).click();
    web.driver.findElement(By.id("accounts:table:0:reset")).click();
    web.wait.until(ExpectedConditions.elementToBeClickable(By.id("accounts:confirmYes"))).click();
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("accounts:messages"), "请将一次性密码告知 " + username));
  }

  @Test
  void aReportOfficerPreviewsIssuesAndDownloadsAReport() throws Exception {
    Qunfang.Login officer = Qunfang.activeUser("350923", "REPORT_OFFICER");
    web.logIn(officer);
    web.driver.findElement(By.linkText("正式报表")).click();
    web.choose("reports:kind", "division-statistics");

    web.wait
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("reports:addressee")))
        .sendKeys("宁德市疫情防控指挥部");
    web.driver.findElement(By.id("reports:preview")).click();
    web.wait
        .until(ExpectedConditions.elementToBeClickable(By.id("reports:downloadPreview")))
        .click();
    assertThat(web.downloaded("草稿-屏南县行政区划统计表.pdf")).startsWith("%PDF");

    web.driver.findElement(By.id("reports:issue")).click();
    web.wait
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
        .click();
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("reports:messages"), "已签发：屏防指〔"));
    String number =
        web.driver
            .findElement(By.id("reports:messages"))
            .getText()
            .replaceAll("(?s).*已签发：(\\S+号).*", "$1");
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("reports:archive"), number));
    web.driver.findElement(By.xpath("//tr[td[text()='" + number + "']]//button")).click();
    assertThat(web.downloaded(number + " 屏南县行政区划统计表.pdf")).startsWith("%PDF");
  }
}
