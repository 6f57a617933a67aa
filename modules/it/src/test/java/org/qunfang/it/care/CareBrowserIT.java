package org.qunfang.it.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qunfang.it.care.Care.TODAY;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qunfang.it.system.Qunfang;
import org.qunfang.it.web.Browser;

/**
 * In the browser: a medical worker records the evening checks of five people by keyboard on a
 * phone, the abnormal one alerting the community's desk; a community officer releases someone and
 * the 解除通知单 downloaded is read back.
 */
class CareBrowserIT {

  static Care care;

  private final List<Browser> browsers = new ArrayList<>();

  @BeforeAll
  static void setUp() {
    care = Care.of("350923202", "350923202210");
  }

  @AfterEach
  void close() throws Exception {
    for (Browser web : browsers) {
      web.close();
    }
  }

  Browser open(int width, String name) {
    Browser web = Browser.open(width, name);
    browsers.add(web);
    return web;
  }

  @Test
  void aMedicalWorkerRecordsFiveEveningChecksByKeyboardAndTheAbnormalOneAlertsTheDesk() {
    Assumptions.assumeTrue(
        LocalTime.now(ZoneId.of("Asia/Shanghai")).isBefore(LocalTime.of(23, 50)),
        "the evening window must still be open");
    // a day in two windows, the evening one open until just before midnight, whatever the hour
    String type =
        Qunfang.admin()
            .api()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "晚检测试" + System.nanoTime() % 100_000,
                    "nameEn",
                    "Evening check test",
                    "periodDays",
                    3,
                    "testDays",
                    List.of(),
                    "windows",
                    List.of(
                        Map.of("slot", "MORNING", "opens", "00:00", "closes", "11:00"),
                        Map.of("slot", "EVENING", "opens", "11:00", "closes", "23:59")),
                    "feverThreshold",
                    37.3,
                    "symptoms",
                    List.of("FEVER", "DRY_COUGH")))
            .post("/care/types")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Qunfang.Login doctor = Qunfang.activeUser(care.community(), "CARE_WORKER");
    String doctorId =
        care.member("晚检医生" + System.nanoTime() % 1000, List.of("MEDICAL"), doctor.username());
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String name = "晚检" + "甲乙丙丁戊".charAt(i) + System.nanoTime() % 1000;
      names.add(name);
      Map<String, Object> o =
          care.place(care.officer(), care.resident(name), type, TODAY)
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getMap("");
      care.officer()
          .api()
          .contentType(ContentType.JSON)
          .body(Map.of("role", "MEDICAL", "personId", doctorId, "version", o.get("version")))
          .post("/care/observations/" + o.get("id") + "/team")
          .then()
          .statusCode(200);
    }

    Browser phone = open(Browser.PHONE, "care-round-it");
    phone.logIn(doctor);
    phone.go("/care/round.xhtml");
    phone.driver.findElement(By.xpath("//div[@id='round:slot']//*[text()='晚检']")).click();
    phone.settle();
    List<String> order =
        phone.driver.findElements(By.cssSelector(".round .person .name")).stream()
            .map(e -> e.getText())
            .toList();
    assertThat(order).containsExactlyInAnyOrderElementsOf(names);
    Actions keys = new Actions(phone.driver);
    for (int i = 0; i < 5; i++) {
      phone.wait.until(
          d -> {
            String cls = d.switchTo().activeElement().getAttribute("class");
            return cls != null && cls.contains("temperature");
          });
      keys.sendKeys(i == 4 ? "37.8" : "36.5").sendKeys(Keys.ENTER).perform();
      phone.settle();
      int done = i + 1;
      phone.wait.until(d -> d.findElements(By.cssSelector(".round .person.done")).size() == done);
    }
    assertThat(phone.driver.findElements(By.cssSelector(".person.status-ABNORMAL"))).hasSize(1);
    assertThat((Long) phone.script("return document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo(390L);

    Browser desk = open(Browser.DESKTOP, "care-desk-it");
    desk.logIn(care.officer());
    desk.go("/care/desk.xhtml");
    // the focus walks the list in its order: the fifth reading, the fever, is the last person's
    desk.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("desk:alerts"), order.get(4)));
    assertThat(desk.find("desk:alerts").getText()).doesNotContain(order.get(0));
  }

  @Test
  void aCommunityOfficerReleasesSomeoneAndTheNoticeIsReadBack() throws Exception {
    String oneDay = Care.oneDayType(List.of(), "23:59");
    String name = "解除" + System.nanoTime() % 10_000;
    care.place(care.officer(), care.resident(name), oneDay, TODAY).then().statusCode(201);

    Browser web = open(Browser.DESKTOP, "care-release-it");
    web.logIn(care.officer());
    web.go("/care/desk.xhtml");
    web.driver
        .findElement(By.cssSelector("button.release[aria-label='解除并出具通知单 " + name + "']"))
        .click();
    Path pdf = web.downloadEndingWith(".pdf");

    assertThat(pdf).isNotNull();
    String text = Care.text(Files.readAllBytes(pdf)).replace("\n", "");
    assertThat(text).contains("解除居家健康观察通知单", name, "特此通知");
    web.go("/care/desk.xhtml");
    assertThat(web.find("desk:due").getText()).doesNotContain(name);
  }
}
