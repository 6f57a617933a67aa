package org.qunfang.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person's first session, in Debian's headless Chromium. */
class BrowserIT {

  private WebDriver browser;
  private WebDriverWait wait;
  private Path downloads;

  @BeforeEach
  void open() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=zh-CN",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("qunfang-chromium"));
    downloads = Files.createTempDirectory("qunfang-downloads");
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService driver =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    browser = new ChromeDriver(driver, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void close() throws Exception {
    if (browser != null) {
      // What the page looked like at the end, for whoever reads a failure.
      Path shot =
          ((org.openqa.selenium.TakesScreenshot) browser)
              .getScreenshotAs(org.openqa.selenium.OutputType.FILE)
              .toPath();
      Files.copy(
          shot,
          Path.of("target", "browser-it.png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      browser.quit();
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
    logIn(user);

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
    logIn(admin);

    browser.findElement(By.linkText("用户管理")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("accounts:new"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:username")));
    String username = "ui" + System.nanoTime() % 1_000_000;
    browser.findElement(By.id("accounts:username")).sendKeys(username);
    browser.findElement(By.id("accounts:displayName")).sendKeys("王网格");
    browser.findElement(By.id("accounts:homeDivision")).sendKeys("350923100008");
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
    logIn(officer);
    browser.findElement(By.linkText("正式报表")).click();
    choose("reports:kind", "division-statistics");

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reports:addressee")))
        .sendKeys("宁德市疫情防控指挥部");
    browser.findElement(By.id("reports:preview")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("reports:downloadPreview"))).click();
    assertThat(downloaded("草稿-屏南县行政区划统计表.pdf")).startsWith("%PDF");

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
    assertThat(downloaded(number + " 屏南县行政区划统计表.pdf")).startsWith("%PDF");
  }

  @Test
  void aTownshipOfficerDrawsABigGridAndNamesItsLeader() {
    logIn(Qunfang.activeUser("350923100", "TOWNSHIP_OFFICER"));
    browser.findElement(By.linkText("网格管理")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grids:name")))
        .sendKeys("古峰镇城关大网格");
    browser.findElement(By.id("grids:divisionCode")).sendKeys("350923100");
    browser.findElement(By.id("grids:create")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("grids:messages"), "已建网格：350923100"));
    settle();
    browser.findElement(By.xpath("//tr[td[text()='古峰镇城关大网格']]//button")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grids:staffName")))
        .sendKeys("陈网格");
    browser.findElement(By.id("grids:staffPhone")).sendKeys("13612345678");
    browser.findElement(By.id("grids:assign")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("grids:history"), "136****5678"));
    assertThat(browser.findElement(By.id("grids:table")).getText()).contains("陈网格 136****5678");
    assertThat(browser.getPageSource()).doesNotContain("13612345678");
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
    logIn(assignedMember(township, grid, "350923104203"));

    browser.findElement(By.linkText("扫楼行动")).click();
    choose("sweeps:sweep", sweep);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sweeps:personsSeen_input")))
        .sendKeys("3");
    browser.findElement(By.id("sweeps:contactsVerified_input")).sendKeys("2");
    browser.findElement(By.id("sweeps:notes")).sendKeys("户主在家");
    browser.findElement(By.id("sweeps:saveVisit")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("sweeps:messages"), "已登记走访"));
    assertThat(browser.findElement(By.id("sweeps:households")).getText()).contains("未走访");
    assertThat(browser.findElement(By.id("sweeps:progress")).getText()).contains("1 / 2", "3");
  }

  @Test
  void theGateLogsAPassageWithTheKeyboardAndFlagsAFever() {
    Qunfang.Login township = Qunfang.activeUser("350923104", "TOWNSHIP_OFFICER");
    String grid = Fixtures.smallGrid(township, "350923104204");
    township
        .api()
        .contentType(io.restassured.http.ContentType.JSON)
        .body(
            java.util.Map.of(
                "gridId",
                grid,
                "name",
                "龙源村口",
                "kind",
                "VILLAGE_GATE",
                "location",
                "龙源村入口",
                "roundTheClock",
                true,
                "closedManagement",
                true))
        .post("/checkpoints")
        .then()
        .statusCode(201);
    logIn(assignedMember(township, grid, "350923104204"));

    browser.findElement(By.linkText("卡点")).click();
    WebElement temperature =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkpoints:temperature")));
    temperature.sendKeys("36.5", Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("checkpoints:messages"), "已登记"));
    assertThat(browser.findElement(By.id("checkpoints:persons")).getText()).isEqualTo("1");

    browser.findElement(By.id("checkpoints:temperature")).sendKeys("37.8", Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("checkpoints:messages"), "37.3"));
    assertThat(browser.findElements(By.cssSelector("#checkpoints\\:passages tr.flagged")))
        .hasSize(1);

    browser.findElement(By.id("checkpoints:temperature")).sendKeys("45", Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("checkpoints:messages"), "34.0–43.0"));
    assertThat(browser.findElement(By.id("checkpoints:persons")).getText()).isEqualTo("2");
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
    logIn(township);

    browser.findElement(By.linkText("住户居民")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Excel 导入"))).click();
    // The file chooser is the hidden input behind the styled button; typing a path picks a file.
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("residents:tabs:upload_input")))
        .sendKeys(workbook.toString());
    WebElement errors =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("residents:tabs:errors")));
    assertThat(errors.getText())
        .contains("有错误的单元格")
        .contains("3 公民身份号码")
        .contains("4 网格编码 ")
        .contains("350923104205999");
    assertThat(browser.findElement(By.id("jobState")).getText()).contains("棠口镇居民");
    assertThat(township.api().queryParam("grid", grid).get("/residents").<Integer>path("total"))
        .isZero();
  }

  @Test
  void aCommunityOfficerUploadsAPhoneListAndRecordsACall() throws Exception {
    logIn(Qunfang.activeUser("350923104206", "COMMUNITY_OFFICER"));
    browser.findElement(By.linkText("摸排")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("电话排查"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("screening:tabs:listName")))
        .sendKeys("移动推送名单");
    browser.findElement(By.id("screening:tabs:listSource")).sendKeys("中国移动");
    WebElement area = browser.findElement(By.id("screening:tabs:listDivision"));
    area.clear();
    area.sendKeys("350923104206");

    Path bad = Files.createTempFile("名单", ".txt");
    Files.writeString(bad, "138 0000 1111\n+86 139-0000-2222\n12345\n");
    browser.findElement(By.id("screening:tabs:numbersFile_input")).sendKeys(bad.toString());
    browser.findElement(By.id("screening:tabs:importList")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("screening:messages"), "第 3 行"));
    assertThat(browser.findElement(By.id("screening:tabs:lists")).getText())
        .doesNotContain("移动推送名单");

    Path good = Files.createTempFile("名单", ".txt");
    Files.writeString(good, "138 0000 1111\n+86 139-0000-2222\n13800001111\n");
    browser.findElement(By.id("screening:tabs:numbersFile_input")).sendKeys(good.toString());
    browser.findElement(By.id("screening:tabs:importList")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("screening:messages"), "共 2 个号码"));
    assertThat(browser.findElement(By.id("screening:tabs:lists")).getText()).contains("0 / 2");

    browser
        .findElement(By.xpath("//*[@id='screening:tabs:numbers']//tr[1]//button[.='已接通']"))
        .click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("screening:tabs:lists"), "1 / 2"));
  }

  @Test
  void aCounsellorLogsACrisisCallWithTheKeyboardAloneAndADraftSurvivesAReload() {
    Qunfang.Login supervisor = Qunfang.activeUser("350923", "HOTLINE_SUPERVISOR");
    String run = java.util.UUID.randomUUID().toString().substring(0, 6);
    Qunfang.Login counsellor = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
    HotlineFixtures.service(supervisor, run, "周咨询", counsellor);
    logIn(counsellor);
    browser.get(Qunfang.BASE + "/calls.xhtml");
    wait.until(b -> "call:hotline".equals(b.switchTo().activeElement().getAttribute("id")));

    org.openqa.selenium.interactions.Actions keys =
        new org.openqa.selenium.interactions.Actions(browser);
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
        .sendKeys(
            Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, "13900001111") // for self, area, token, contact
        .sendKeys(Keys.TAB, Keys.SPACE, Keys.TAB, Keys.SPACE) // categories: epidemic worry, anxiety
        .perform();
    for (int i = 0; i < 11; i++) {
      keys.sendKeys(Keys.TAB).perform(); // the other categories, up to suicidal ideation
    }
    keys.sendKeys(Keys.SPACE).perform(); // ideation
    settle();
    keys.sendKeys(Keys.TAB, Keys.SPACE).perform(); // plan
    settle();
    keys.sendKeys(Keys.TAB, Keys.SPACE).perform(); // means
    settle();
    // The level follows the rule as the boxes are ticked.
    wait.until(ExpectedConditions.textToBe(By.id("call:level"), "紧急"));
    keys.sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB) // past attempts … protective factors
        .sendKeys(Keys.TAB, Keys.TAB) // override, its reason
        .sendKeys(Keys.TAB, Keys.SPACE) // stayed on the line
        .perform();
    settle();
    keys.sendKeys(Keys.TAB, Keys.TAB, Keys.SPACE).perform(); // police 110
    settle();
    keys.sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.ARROW_DOWN) // referral: psychiatric hospital
        .sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, "隔离第五天，失眠，有轻生念头和计划") // summary
        .perform();

    // The browser closes the page by accident: the draft comes back.
    browser.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draftRestored")));
    assertThat(browser.findElement(By.id("call:summary")).getAttribute("value")).contains("轻生念头");
    assertThat(browser.findElement(By.id("call:ideation")).isSelected()).isTrue();
    wait.until(ExpectedConditions.textToBe(By.id("call:level"), "紧急"));

    wait.until(b -> "call:hotline".equals(b.switchTo().activeElement().getAttribute("id")));
    keys.keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("call:messages"), "已保存来电记录"));
    assertThat(browser.findElement(By.id("call:messages")).getText()).contains("紧急");
    assertThat(browser.findElement(By.id("call:recent")).getText()).contains("紧急");

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
        .body("summary", org.hamcrest.Matchers.containsString("轻生念头"));

    // Saved: the draft is gone.
    browser.navigate().refresh();
    wait.until(b -> "call:hotline".equals(b.switchTo().activeElement().getAttribute("id")));
    assertThat(browser.findElement(By.id("draftRestored")).isDisplayed()).isFalse();
  }

  @Test
  void aSupervisorReviewsAnOverdueHighRiskCallAndExportsRecordsWithAReason() throws Exception {
    Qunfang.Login supervisor = Qunfang.activeUser("350923", "HOTLINE_SUPERVISOR");
    String run = java.util.UUID.randomUUID().toString().substring(0, 6);
    Qunfang.Login counsellor = Qunfang.activeUser("350923", "HOTLINE_COUNSELLOR");
    String line = HotlineFixtures.service(supervisor, run, "吴咨询" + run, counsellor);
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

    logIn(supervisor);
    browser.findElement(By.linkText("热线管理")).click();
    WebElement row =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[@id='desk:tabs:overdue']//tr[td[contains(., '吴咨询" + run + "')]]")));
    row.findElement(By.tagName("button")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:tabs:reviewNote")))
        .sendKeys("已回访，情绪稳定，转介门诊");
    assertThat(browser.findElement(By.id("desk:tabs:review")).getText()).contains("轻生念头");
    browser.findElement(By.id("desk:tabs:saveReview")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("desk:messages"), "已保存复核意见"));
    supervisor
        .api()
        .get("/calls/" + id)
        .then()
        .statusCode(200)
        .body("reviewedBy", org.hamcrest.Matchers.equalTo(supervisor.username()))
        .body("reviewNote", org.hamcrest.Matchers.containsString("转介门诊"));

    browser.findElement(By.linkText("导出个案记录")).click();
    // The last seven days by default: the call of 30 hours ago is among them.
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:tabs:exportReason")));
    browser.findElement(By.id("desk:tabs:exportReason")).sendKeys("个案督导会议");
    browser.findElement(By.id("desk:tabs:export")).click();
    Path sheet = null;
    for (int i = 0; i < 40 && sheet == null; i++) {
      try (var files = Files.list(downloads)) {
        sheet = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
      }
      Thread.sleep(250);
    }
    assertThat(sheet).isNotNull();
    assertThat(Workbooks.firstRow(Files.readAllBytes(sheet))).contains("通话摘要");
  }

  /** A line, a team and a counsellor of it with an account, set up by the supervisor: the line. */

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

  /** Waits until PrimeFaces has no request in flight, so the updated elements are in place. */
  private void settle() {
    wait.until(
        b ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) b)
                    .executeScript(
                        "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                            + " && (!window.jQuery || jQuery.active === 0));"));
  }

  /**
   * Picks a PrimeFaces select menu's item by value through the widget, as a click would (change
   * event, Ajax), without racing the panel's open and close animations.
   */
  private void choose(String menu, String value) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(menu)));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menu, value);
    settle();
  }

  private void logIn(Qunfang.Login login) {
    browser.get(Qunfang.BASE + "/login.xhtml");
    browser.findElement(By.id("login:username")).sendKeys(login.username());
    browser.findElement(By.id("login:password")).sendKeys(login.password());
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
  }

  /** Waits for a finished download and returns its first bytes as text. */
  private String downloaded(String name) throws Exception {
    Path file = downloads.resolve(name);
    // Chromium may show the final name before the bytes are in: wait for content too.
    for (int i = 0; i < 40 && !(Files.exists(file) && Files.size(file) > 0); i++) {
      Thread.sleep(250);
    }
    assertThat(file).exists();
    return new String(Files.readAllBytes(file), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
