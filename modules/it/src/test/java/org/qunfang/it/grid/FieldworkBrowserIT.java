package org.qunfang.it.grid;

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
import org.qunfang.it.system.People;
import org.qunfang.it.system.Qunfang;
import org.qunfang.it.system.Workbooks;
import org.qunfang.it.web.Browser;

/** Field work in the browser: grids, sweep visits, the gate, resident workbooks and phone lists. */
class FieldworkBrowserIT {

  /** A window per test, closed after it with a picture of its last screen. */
  private final Browser web = Browser.open(1280, "fieldwork-browser-it");

  @AfterEach
  void close() throws Exception {
    web.close();
  }

  @Test
  void aTownshipOfficerDrawsABigGridAndNamesItsLeader() {
    web.logIn(Qunfang.activeUser("350923100", "TOWNSHIP_OFFICER"));
    web.driver.findElement(By.linkText("网格管理")).click();
    web.wait
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("grids:name")))
        .sendKeys("古峰镇城关大网格");
    assertThat(web.pickedArea("grids:divisionCode"))
        .as("the picker starts at the officer's own area")
        .isEqualTo("350923100");
    web.driver.findElement(By.id("grids:create")).click();
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("grids:messages"), "已建网格：350923100"));
    web.settle();
    web.driver.findElement(By.xpath("//tr[td[text()='古峰镇城关大网格']]//button")).click();
    web.wait
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("grids:staffName")))
        .sendKeys("陈网格");
    web.driver.findElement(By.id("grids:staffPhone")).sendKeys("13612345678");
    web.driver.findElement(By.id("grids:assign")).click();
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("grids:history"), "136****5678"));
    assertThat(web.driver.findElement(By.id("grids:table")).getText()).contains("陈网格 136****5678");
    assertThat(web.driver.getPageSource()).doesNotContain("13612345678");
  }

  @Test
  void aGridMemberRecordsASweepVisitAndSeesTheProgress() {
    Qunfang.Login township = Qunfang.activeUser("350923104", "TOWNSHIP_OFFICER");
    String grid = Fixtures.smallGrid(township, "350923104203");
    Fixtures.household(township, grid, "山棠村8号");
    Fixtures.household(township, grid, "山棠村9号");
    String name = "浏览器扫楼" + System.nanoTime() % 100000;
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    String sweep =
        township
            .api()
            .contentType(io.restassured.http.ContentType.JSON)
            .body(
                java.util.Map.of(
                    "name",
                    name,
                    "divisionCode",
                    "350923104203",
                    "startDate",
                    today.toString(),
                    "endDate",
                    today.plusDays(3).toString()))
            .post("/sweeps")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    web.logIn(assignedMember(township, grid, "350923104203"));

    web.driver.findElement(By.linkText("扫楼行动")).click();
    web.choose("sweeps:sweep", sweep);
    web.wait
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("sweeps:personsSeen_input")))
        .sendKeys("3");
    web.driver.findElement(By.id("sweeps:contactsVerified_input")).sendKeys("2");
    web.driver.findElement(By.id("sweeps:notes")).sendKeys("户主在家");
    web.driver.findElement(By.id("sweeps:saveVisit")).click();
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("sweeps:messages"), "已登记走访"));
    assertThat(web.driver.findElement(By.id("sweeps:households")).getText()).contains("未走访");
    assertThat(web.driver.findElement(By.id("sweeps:progress")).getText()).contains("1 / 2", "3");
  }

  @Test
  void theGateLogsAPassageWithTheKeyboardAndFlagsAFever() {
    web.logIn(gateKeeper("350923104204", "龙源村口"));
    web.driver.findElement(By.linkText("卡点")).click();
    WebElement temperature =
        web.wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.id("checkpoints:temperature")));
    temperature.sendKeys("36.5", Keys.ENTER);
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("checkpoints:messages"), "已登记"));
    assertThat(web.driver.findElement(By.id("checkpoints:persons")).getText()).isEqualTo("1");

    web.driver.findElement(By.id("checkpoints:temperature")).sendKeys("37.8", Keys.ENTER);
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("checkpoints:messages"), "37.3"));
    assertThat(web.driver.findElements(By.cssSelector("#checkpoints\\:passages tr.flagged")))
        .hasSize(1);

    web.driver.findElement(By.id("checkpoints:temperature")).sendKeys("45", Keys.ENTER);
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("checkpoints:messages"), "34.0–43.0"));
    assertThat(web.driver.findElement(By.id("checkpoints:persons")).getText()).isEqualTo("2");
  }

  @Test
  void anExcelImportWithBadRowsListsEveryErrorAndImportsNothing() throws Exception {
    Qunfang.Login township = Qunfang.activeUser("350923104", "TOWNSHIP_OFFICER");
    String grid = Fixtures.smallGrid(township, "350923104205");
    String gridCode = township.api().get("/grids/" + grid).path("code");
    Path workbook = Files.createTempFile("棠口镇居民", ".xlsx");
    Files.write(
        workbook,
        Workbooks.of(
            java.util.List.of(
                Workbooks.row(gridCode, "棠口街1号", "", "郑一", People.idNumber(), "户主", ""),
                Workbooks.row(gridCode, "棠口街1号", "", "郑二", "350923199001011235", "配偶", ""),
                Workbooks.row("350923104205999", "棠口街2号", "", "郑三", People.idNumber(), "户主", ""))));
    web.logIn(township);

    web.driver.findElement(By.linkText("住户居民")).click();
    web.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Excel 导入"))).click();
    // The file chooser is the hidden input behind the styled button; typing a path picks a file.
    web.wait
        .until(ExpectedConditions.presenceOfElementLocated(By.id("residents:tabs:upload_input")))
        .sendKeys(workbook.toString());
    WebElement errors =
        web.wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.id("residents:tabs:errors")));
    assertThat(errors.getText())
        .contains("有错误的单元格")
        .contains("3 公民身份号码")
        .contains("4 网格编码 ")
        .contains("350923104205999");
    assertThat(web.driver.findElement(By.id("jobState")).getText()).contains("棠口镇居民");
    assertThat(township.api().queryParam("grid", grid).get("/residents").<Integer>path("total"))
        .isZero();
  }

  @Test
  void aCommunityOfficerUploadsAPhoneListAndRecordsACall() throws Exception {
    web.logIn(Qunfang.activeUser("350923104206", "COMMUNITY_OFFICER"));
    web.driver.findElement(By.linkText("摸排")).click();
    web.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("电话排查"))).click();
    web.wait
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("screening:tabs:listName")))
        .sendKeys("移动推送名单");
    web.driver.findElement(By.id("screening:tabs:listSource")).sendKeys("中国移动");
    assertThat(web.pickedArea("screening:tabs:listDivision")).isEqualTo("350923104206");

    Path bad = Files.createTempFile("名单", ".txt");
    Files.writeString(bad, "138 0000 1111\n+86 139-0000-2222\n12345\n");
    web.driver.findElement(By.id("screening:tabs:numbersFile_input")).sendKeys(bad.toString());
    web.driver.findElement(By.id("screening:tabs:importList")).click();
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("screening:messages"), "第 3 行"));
    assertThat(web.driver.findElement(By.id("screening:tabs:lists")).getText())
        .doesNotContain("移动推送名单");

    Path good = Files.createTempFile("名单", ".txt");
    Files.writeString(good, "138 0000 1111\n+86 139-0000-2222\n13800001111\n");
    web.driver.findElement(By.id("screening:tabs:numbersFile_input")).sendKeys(good.toString());
    web.driver.findElement(By.id("screening:tabs:importList")).click();
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("screening:messages"), "共 2 个号码"));
    assertThat(web.driver.findElement(By.id("screening:tabs:lists")).getText()).contains("0 / 2");

    web.driver
        .findElement(By.xpath("//*[@id='screening:tabs:numbers']//tr[1]//button[.='已接通']"))
        .click();
    web.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("screening:tabs:lists"), "1 / 2"));
  }

  /** A round-the-clock gate in a small grid of the community, and a member assigned to it. */
  private static Qunfang.Login gateKeeper(String community, String gate) {
    Qunfang.Login township = Qunfang.activeUser(community.substring(0, 9), "TOWNSHIP_OFFICER");
    String grid = Fixtures.smallGrid(township, community);
    Fixtures.villageGate(township, grid, gate, gate + "入口");
    return assignedMember(township, grid, community);
  }

  /**
   * On a phone, the gate keeper finds the cursor in 体温, logs a person, then a vehicle by keys (V,
   * the plate, Enter, the temperature) and a red code by a tap; after each save everything is back
   * to a person with a green code and no ID registered, so the next person is not refused.
   */
  @Test
  void onAPhoneTheGateResetsFullyAfterEachPassage() throws Exception {
    try (Browser phone = Browser.open(Browser.PHONE, "gate-phone")) {
      phone.logIn(gateKeeper("350923104203", "石坑村口"));
      phone.go("/grid/checkpoints.xhtml");
      phone.visible("checkpoints:temperature");
      assertThat(phone.script("return document.activeElement.id"))
          .isEqualTo("checkpoints:temperature");
      assertThat(phone.find("checkpoints:temperature").getAttribute("inputmode"))
          .isEqualTo("decimal");
      assertThat(phone.script("return document.documentElement.scrollWidth")).isEqualTo(390L);
      assertReset(phone);

      phone.find("checkpoints:temperature").sendKeys("v");
      assertThat(phone.script("return document.activeElement.id"))
          .isEqualTo("checkpoints:vehiclePlate");
      phone.find("checkpoints:vehiclePlate").sendKeys("闽D12345", Keys.ENTER);
      assertThat(phone.script("return document.activeElement.id"))
          .isEqualTo("checkpoints:temperature");
      phone.find("checkpoints:temperature").sendKeys("36.6");
      phone
          .driver
          .findElement(By.xpath("//*[@id='checkpoints:healthCode']//*[text()='红码']"))
          .click();
      // the tap hands the cursor back on the next turn of the page's event loop
      phone.wait.until(
          d -> "checkpoints:temperature".equals(phone.script("return document.activeElement.id")));
      phone.find("checkpoints:temperature").sendKeys(Keys.ENTER);
      phone.waitForText("checkpoints:messages", "已登记");
      phone.settle();
      assertThat(phone.find("checkpoints:vehicles").getText()).isEqualTo("1");
      assertThat(phone.find("checkpoints:notGreen").getText()).isEqualTo("1");
      assertReset(phone);

      phone.find("checkpoints:temperature").sendKeys("36.4", Keys.ENTER);
      phone.waitForText("checkpoints:persons", "1");
      assertThat(phone.find("checkpoints:messages").getText()).doesNotContain("车牌");
      assertReset(phone);
    }
  }

  private static void assertReset(Browser phone) {
    assertThat(active(phone, "subject")).isEqualTo("人员");
    assertThat(active(phone, "healthCode")).isEqualTo("绿码");
    assertThat(phone.find("checkpoints:vehiclePlate").getAttribute("value")).isEmpty();
    assertThat(phone.find("checkpoints:temperature").getAttribute("value")).isEmpty();
    assertThat(phone.find("checkpoints:idRegistered_input").isSelected()).isFalse();
    assertThat(phone.script("return document.activeElement.id"))
        .isEqualTo("checkpoints:temperature");
  }

  private static String active(Browser phone, String group) {
    return phone
        .driver
        .findElement(By.cssSelector("[id='checkpoints:" + group + "'] .ui-state-active"))
        .getText()
        .trim();
  }

  /** A grid member of the community, put on the grid by the township officer. */
  private static Qunfang.Login assignedMember(
      Qunfang.Login township, String grid, String community) {
    Qunfang.Login member = Qunfang.activeUser(community, "GRID_MEMBER");
    township
        .api()
        .contentType(io.restassured.http.ContentType.JSON)
        .body(
            java.util.Map.of(
                "name",
                "网格员丁",
                "phone",
                People.phone(),
                "source",
                "VILLAGE_STAFF",
                "account",
                member.username()))
        .post("/grids/" + grid + "/staff")
        .then()
        .statusCode(201);
    return member;
  }
}
