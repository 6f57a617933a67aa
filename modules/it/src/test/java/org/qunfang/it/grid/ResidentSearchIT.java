package org.qunfang.it.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qunfang.it.grid.AResident.aResident;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Fixtures;
import org.qunfang.it.system.People;
import org.qunfang.it.web.Browser;

/** One search box finds a resident by a full ID number, a mobile number, a name or an address. */
class ResidentSearchIT {

  private static final String TOWNSHIP = "350923205";
  private static final String COMMUNITY = "350923205202";

  @Test
  void theSearchBoxTakesAnIdNumberAMobileANameOrAnAddress() throws Exception {
    GridArea area = GridArea.of(TOWNSHIP, COMMUNITY);
    String street = "寿山搜索巷" + System.nanoTime() % 100_000;
    String household = Fixtures.household(area.officer(), area.grid(), street + "7号");
    String idNumber = People.idNumber();
    String phone = People.phone();
    String id =
        aResident()
            .named("搜寻甲")
            .withIdNumber(idNumber)
            .with("phone", phone)
            .in(household)
            .by(area.officer());

    assertThat(found(area, idNumber)).containsExactly(id);
    assertThat(found(area, idNumber.toLowerCase())).as("x or X").containsExactly(id);
    assertThat(found(area, phone.substring(0, 3) + " " + phone.substring(3))).containsExactly(id);
    assertThat(found(area, street)).containsExactly(id);
    assertThat(found(area, "搜寻甲")).contains(id);
    assertThat(found(area, "3509")).as("part of a number is no ID").doesNotContain(id);

    try (Browser phoneScreen = Browser.open(Browser.PHONE, "resident-search-phone")) {
      phoneScreen.logIn(area.officer());
      phoneScreen.go("/grid/residents.xhtml");
      phoneScreen.driver.findElement(org.openqa.selenium.By.linkText("查询")).click();
      phoneScreen.visible("residents:tabs:searchName").sendKeys(street);
      phoneScreen.find("residents:tabs:search").click();
      phoneScreen.settle();
      phoneScreen.waitForText("residents:tabs:found", "甲");
      assertThat(phoneScreen.script("return document.documentElement.scrollWidth")).isEqualTo(390L);
    }
  }

  private static List<String> found(GridArea area, String words) {
    return area.officer()
        .api()
        .queryParam("q", words)
        .queryParam("size", 50)
        .get("/residents")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id");
  }
}
